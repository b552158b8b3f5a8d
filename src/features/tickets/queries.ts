import type { Actor } from "@/domain/authz/actor";
import { OPEN_STATUSES } from "@/domain/tickets/status";
import { buildTimeline } from "@/domain/tickets/timeline";
import type { Prisma } from "@/generated/prisma/client";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { describePath, locationPath } from "@/features/locations/queries";
import { seesInternalNotes, ticketsFullyVisibleTo, ticketsVisibleTo } from "./visibility";

export const TICKETS_PER_PAGE = 25;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

// Keyset pagination on (updatedAt, id): stable while tickets change, and no OFFSET scan on page 40.
type Cursor = { updatedAt: Date; id: string };

export function encodeCursor(row: Cursor): string {
  return `${row.updatedAt.getTime()}.${row.id}`;
}

function decodeCursor(text: string | undefined): Cursor | null {
  const match = /^(\d{1,15})\.([0-9a-f-]{36})$/i.exec(text ?? "");
  if (!match || !isUuid(match[2]!)) return null;
  return { updatedAt: new Date(Number(match[1])), id: match[2]! };
}

function olderThan(cursorText: string | undefined): Prisma.TicketWhereInput {
  const cursor = decodeCursor(cursorText);
  if (!cursor) return {};
  return { OR: [{ updatedAt: { lt: cursor.updatedAt } }, { updatedAt: cursor.updatedAt, id: { lt: cursor.id } }] };
}

const NEWEST_CHANGE_FIRST = [{ updatedAt: "desc" }, { id: "desc" }] satisfies Prisma.TicketOrderByWithRelationInput[];

function page<T extends Cursor>(rows: T[]): { rows: T[]; nextCursor: string | null } {
  const hasMore = rows.length > TICKETS_PER_PAGE;
  const shown = rows.slice(0, TICKETS_PER_PAGE);
  const last = shown.at(-1);
  return { rows: shown, nextCursor: hasMore && last ? encodeCursor(last) : null };
}

/** Tickets the actor reported, filed for someone or said affect them too: "My tickets", for every role. */
export function involving(actor: Actor): Prisma.TicketWhereInput {
  return { OR: [{ requesterId: actor.userId }, { filedById: actor.userId }, { affected: { some: { userId: actor.userId } } }] };
}

export async function myTickets(actor: Actor, args: { cursor?: string }) {
  assertCan(actor, "ticket:read:own");
  const rows = await db.ticket.findMany({
    where: { AND: [ticketsVisibleTo(actor), involving(actor), olderThan(args.cursor)] },
    orderBy: NEWEST_CHANGE_FIRST,
    take: TICKETS_PER_PAGE + 1,
    select: {
      id: true,
      number: true,
      summary: true,
      status: true,
      priority: true,
      createdAt: true,
      updatedAt: true,
      firstResponseAt: true,
      responseDueAt: true,
      resolutionDueAt: true,
      // For the staff SLA badge, read from stored columns so a list costs one query.
      resolvedAt: true,
      responseTargetMinutes: true,
      resolutionTargetMinutes: true,
      slaPausedAt: true,
      escalatedAt: true,
      team: { select: { name: true } },
    },
  });
  return page(rows);
}
export type MyTicketRow = Awaited<ReturnType<typeof myTickets>>["rows"][number];

/**
 * The open tickets located in the actor's home unit or its rooms, summary only: a nurse checks whether the
 * problem is already reported. Rows carry `canOpen` so only tickets the actor may read become links.
 */
export async function unitTickets(actor: Actor, args: { cursor?: string }) {
  assertCan(actor, "ticket:read:unit");
  if (!actor.homeUnitId) return { unitName: null, rows: [], nextCursor: null };
  const unitId = actor.homeUnitId;
  const [unit, rows] = await Promise.all([
    db.location.findUnique({ where: { id: unitId }, select: { name: true } }),
    db.ticket.findMany({
      where: {
        AND: [{ status: { in: [...OPEN_STATUSES] }, location: { OR: [{ id: unitId }, { parentId: unitId }] } }, olderThan(args.cursor)],
      },
      orderBy: NEWEST_CHANGE_FIRST,
      take: TICKETS_PER_PAGE + 1,
      select: { id: true, number: true, summary: true, status: true, createdAt: true, updatedAt: true },
    }),
  ]);
  const readable = await db.ticket.findMany({
    where: { AND: [ticketsVisibleTo(actor), { id: { in: rows.map((row) => row.id) } }] },
    select: { id: true },
  });
  const canOpen = new Set(readable.map((row) => row.id));
  const result = await page(rows.map((row) => ({ ...row, canOpen: canOpen.has(row.id) })));
  return { unitName: unit?.name ?? null, ...result };
}
export type UnitTicketRow = Awaited<ReturnType<typeof unitTickets>>["rows"][number];

/**
 * The ticket a command is about, if the actor may see it. Anything else (another person's ticket, a made-up
 * id) is NOT_FOUND, never FORBIDDEN: ids must not reveal which tickets exist.
 */
export async function findVisibleTicket(actor: Actor, ticketId: string) {
  const ticket = isUuid(ticketId)
    ? await db.ticket.findFirst({
        // Messages, files and confirmations need full access; having joined a ticket is not enough.
        where: { AND: [ticketsFullyVisibleTo(actor), { id: ticketId }] },
        select: { id: true, number: true, status: true, requesterId: true, version: true, resolvedAt: true },
      })
    : null;
  if (!ticket) throw new AppError("NOT_FOUND", "We could not find that ticket.");
  return ticket;
}

// What the ticket page reads. Internal notes and SLA bookkeeping are filtered here, in the query, so no
// component can leak them to a clinician.
function detailSelect(staff: boolean) {
  return {
    id: true, number: true, summary: true, details: true, status: true, priority: true, triageExplanation: true,
    mode: true, teamId: true, callbackNumber: true, assetTag: true, version: true, locationId: true, requesterId: true,
    createdAt: true, updatedAt: true, firstResponseAt: true, responseDueAt: true, resolutionDueAt: true,
    resolvedAt: true, closedAt: true,
    category: { select: { name: true } },
    team: { select: { name: true } },
    requester: { select: { displayName: true } },
    filedBy: { select: { displayName: true } },
    _count: { select: { affected: true } },
    events: {
      where: { type: { notIn: staff ? ["COMMENTED"] : ["COMMENTED", "SLA"] } },
      orderBy: { createdAt: "asc" },
      select: { id: true, type: true, data: true, createdAt: true, actor: { select: { displayName: true } } },
    },
    comments: {
      where: staff ? {} : { visibility: "PUBLIC" },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true, visibility: true, createdAt: true, author: { select: { displayName: true, role: true } } },
    },
    attachments: {
      orderBy: { createdAt: "asc" },
      select: { id: true, fileName: true, contentType: true, sizeBytes: true, createdAt: true, uploadedBy: { select: { displayName: true } } },
    },
  } satisfies Prisma.TicketSelect;
}

/** Everything the ticket page shows, or null when the actor may not see the ticket (the page answers 404). */
export async function ticketDetail(actor: Actor, ticketId: string) {
  assertCan(actor, "ticket:read");
  if (!isUuid(ticketId)) return null;
  const ticket = await db.ticket.findFirst({
    where: { AND: [ticketsVisibleTo(actor), { id: ticketId }] },
    select: detailSelect(seesInternalNotes(actor)),
  });
  if (!ticket) return null;
  // Someone who only joined follows the progress; the reporter's details, messages and files stay theirs.
  const followerOnly = (await db.ticket.count({ where: { AND: [ticketsFullyVisibleTo(actor), { id: ticketId }] } })) === 0;
  const { events, ...rest } = ticket;
  const comments = followerOnly ? [] : ticket.comments;
  const attachments = followerOnly ? [] : ticket.attachments;
  const path = await locationPath(ticket.locationId);
  const downtimeEvents = await downtimesDuring(ticket, path.find((step) => step.kind === "CAMPUS")?.id ?? null);
  return {
    ...rest,
    ...(followerOnly && { details: "", callbackNumber: "", assetTag: null }),
    followerOnly,
    comments,
    attachments,
    location: describePath(path),
    timeline: buildTimeline({
      events: [
        ...events.map((e) => ({ id: e.id, type: e.type, data: e.data, createdAt: e.createdAt, actorName: e.actor?.displayName ?? null })),
        ...downtimeEvents,
      ],
      comments: comments.map((c) => ({
        id: c.id, body: c.body, internal: c.visibility === "INTERNAL", createdAt: c.createdAt,
        authorName: c.author.displayName, fromIt: c.author.role !== "CLINICIAN",
      })),
      attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes })),
      staff: seesInternalNotes(actor),
    }),
  };
}
export type TicketDetail = NonNullable<Awaited<ReturnType<typeof ticketDetail>>>;

/**
 * Downtimes that were in effect while the ticket was open, on its campus or hospital-wide, as timeline lines:
 * "the EHR was down" explains a slow fix. Read at page time rather than copied onto every open ticket.
 */
async function downtimesDuring(ticket: { createdAt: Date; closedAt: Date | null }, campusId: string | null) {
  const until = ticket.closedAt ?? new Date();
  const downtimes = await db.downtime.findMany({
    where: {
      startedAt: { lte: until },
      OR: [{ endedAt: null }, { endedAt: { gte: ticket.createdAt } }],
      AND: [{ OR: [{ campusIds: { isEmpty: true } }, ...(campusId ? [{ campusIds: { has: campusId } }] : [])] }],
    },
    orderBy: { startedAt: "asc" },
    take: 20,
    select: { id: true, title: true, message: true, startedAt: true, endedAt: true },
  });
  return downtimes.flatMap((downtime) => {
    const data = { title: downtime.title, message: downtime.message };
    const started = { id: `downtime-${downtime.id}`, type: "DOWNTIME_DECLARED" as const, data, createdAt: downtime.startedAt, actorName: null };
    if (!downtime.endedAt || downtime.endedAt > until) return [started];
    return [started, { id: `downtime-${downtime.id}-end`, type: "DOWNTIME_ENDED" as const, data, createdAt: downtime.endedAt, actorName: null }];
  });
}

/** The bytes of one attachment, only through a ticket the actor may see. */
export async function attachmentForDownload(actor: Actor, ticketId: string, attachmentId: string) {
  assertCan(actor, "ticket:read");
  if (!isUuid(ticketId) || !isUuid(attachmentId)) return null;
  return db.attachment.findFirst({
    where: { id: attachmentId, ticketId, ticket: ticketsFullyVisibleTo(actor) },
    select: { fileName: true, contentType: true, sizeBytes: true, content: true },
  });
}

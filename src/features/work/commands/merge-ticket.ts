import type { Actor } from "@/domain/authz/actor";
import { isOpen, OPEN_STATUSES } from "@/domain/tickets/status";
import { formatTicketNumber, parseTicketNumber } from "@/lib/ticket-number";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Tx } from "@/server/prisma-client";
import { recordStatusChange } from "@/features/sla/transitions";
import { notifyRequester } from "@/features/notifications/enqueue";
import { kickEmailDelivery } from "@/features/notifications/delivery";
import { ticketsFullyVisibleTo } from "@/features/tickets/visibility";
import type { TMergeTicket } from "../schemas";
import { assertOpen, loadWorkableTicket, STALE_WORK_MESSAGE, updateAtVersion, type WorkTicket } from "./workable";

type Input = { actor: Actor; input: TMergeTicket; now: Date };

const refuse = (message: string) => new AppError("INVALID", undefined, { intoNumber: [message] });

/**
 * A duplicate joins the ticket that reports the same problem: it closes (its SLA clocks stop), points at the
 * surviving ticket, and its reporter (and whoever joined it) follow the surviving one. Merges never chain: the
 * surviving ticket must be open and not merged itself, and a ticket others were merged into stays the survivor.
 */
export async function mergeTicket({ actor, input, now }: Input): Promise<{ version: number; intoNumber: string }> {
  assertCan(actor, "ticket:transition");
  const duplicate = await loadWorkableTicket(actor, input.ticketId, input.version);
  assertOpen(duplicate, "merging it");
  const into = await survivor(actor, duplicate, input.intoNumber);
  const intoNumber = formatTicketNumber(into.number);

  const version = await db.$transaction(async (tx) => {
    // Both rows locked in one order: two people merging A into B and B into A at once wait, never deadlock.
    await tx.$queryRaw`SELECT id FROM "Ticket" WHERE id IN (${duplicate.id}::uuid, ${into.id}::uuid) ORDER BY id FOR UPDATE`;
    await assertStillSurvivor(tx, into.id, intoNumber);
    const next = await updateAtVersion(tx, duplicate, { status: "CLOSED", closedAt: now, mergedIntoId: into.id }, now);
    await tx.ticket.update({ where: { id: into.id }, data: { version: { increment: 1 }, updatedAt: now }, select: { id: true } });
    await followSurvivor(tx, duplicate, into, now);
    await tx.ticketEvent.createMany({
      data: [
        { ticketId: duplicate.id, actorId: actor.userId, type: "MERGED", createdAt: now, data: { intoId: into.id, intoNumber, from: duplicate.status, to: "CLOSED" } },
        { ticketId: into.id, actorId: actor.userId, type: "MERGED", createdAt: now, data: { fromId: duplicate.id, fromNumber: formatTicketNumber(duplicate.number) } },
      ],
    });
    await recordStatusChange(tx, { ticketId: duplicate.id, from: duplicate.status, to: "CLOSED", byStaff: true }, now);
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.merged", entityType: "Ticket", entityId: duplicate.id, details: { intoId: into.id } }, now);
    const title = `${formatTicketNumber(duplicate.number)} was joined with ${intoNumber}, which reports the same problem`;
    await notifyRequester(tx, { ticket: { ...duplicate, status: "CLOSED" }, kind: "STATUS_CHANGED", actorId: actor.userId, title }, now);
    return next;
  });
  kickEmailDelivery();
  return { version, intoNumber };
}

/** The ticket to keep, by the number typed; every refusal is a field error on that number. */
async function survivor(actor: Actor, duplicate: WorkTicket, typed: string) {
  const number = parseTicketNumber(typed);
  if (number === null) throw refuse("Type a ticket number like WD-000123.");
  const into = await db.ticket.findFirst({
    where: { AND: [ticketsFullyVisibleTo(actor), { number }] },
    select: { id: true, number: true, status: true, mergedIntoId: true },
  });
  const shown = formatTicketNumber(number);
  if (!into) throw refuse(`We could not find ${shown}.`);
  if (into.id === duplicate.id) throw refuse("A ticket cannot be merged into itself. Type the number of the other ticket.");
  if (into.mergedIntoId) throw refuse(`${shown} was itself merged into another ticket. Merge into that one instead.`);
  if (!isOpen(into.status)) throw refuse(`${shown} is fixed or closed. Merge into an open ticket.`);
  const mergedIntoDuplicate = await db.ticket.count({ where: { mergedIntoId: duplicate.id } });
  if (mergedIntoDuplicate > 0) throw refuse(`Other tickets were merged into this one, so it stays. Merge ${shown} into this ticket instead.`);
  return into;
}

async function assertStillSurvivor(tx: Tx, intoId: string, intoNumber: string): Promise<void> {
  const still = await tx.ticket.count({ where: { id: intoId, mergedIntoId: null, status: { in: [...OPEN_STATUSES] } } });
  if (still === 0) throw new AppError("CONFLICT", `${intoNumber} was closed or merged meanwhile. ${STALE_WORK_MESSAGE}`);
}

/** The duplicate's reporter and followers now follow the surviving ticket (its own reporter needs no row). */
async function followSurvivor(tx: Tx, duplicate: WorkTicket, into: { id: string }, now: Date): Promise<void> {
  const joined = await tx.ticketAffectedUser.findMany({ where: { ticketId: duplicate.id }, select: { userId: true } });
  const { requesterId } = await tx.ticket.findUniqueOrThrow({ where: { id: into.id }, select: { requesterId: true } });
  const userIds = [...new Set([duplicate.requesterId, ...joined.map((row) => row.userId)])].filter((id) => id !== requesterId);
  await tx.ticketAffectedUser.createMany({ data: userIds.map((userId) => ({ ticketId: into.id, userId, createdAt: now })), skipDuplicates: true });
}

import type { Actor } from "@/domain/authz/actor";
import type { TStatus } from "@/domain/tickets/status";
import { Prisma } from "@/generated/prisma/client";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import type { TQueueFilters, TQueueTab } from "./schemas";
import { encodeQueueCursor, queueWhere } from "./scope-sql";

export const QUEUE_PAGE_SIZE = 50;

export type QueueRow = {
  id: string;
  number: number;
  summary: string;
  status: TStatus;
  priority: "P1" | "P2" | "P3" | "P4";
  mode: "ONSITE" | "REMOTE";
  locationId: string;
  assigneeId: string | null;
  assigneeName: string | null;
  teamName: string | null;
  version: number;
  slaDueAt: Date | null;
  slaPausedAt: Date | null;
  escalatedAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  responseTargetMinutes: number | null;
  resolutionTargetMinutes: number | null;
  dispatchStep: "EN_ROUTE" | "ON_SITE" | "DONE" | null;
};

/**
 * One page of the queue, most urgent first: overdue, then the next to fall due, then tickets whose clock is
 * paused or absent. One statement: scope, filters, search, cursor and the assignee's and team's names.
 */
export async function queueList(actor: Actor, filters: TQueueFilters & { tab: TQueueTab }, now: Date) {
  assertCan(actor, "queue:read");
  const rows = await db.$queryRaw<QueueRow[]>(Prisma.sql`
    SELECT t.id, t.number, t.summary, t.status::text AS status, t.priority::text AS priority, t.mode::text AS mode,
           t."locationId", t."assigneeId", a."displayName" AS "assigneeName", team.name AS "teamName", t.version,
           t."slaDueAt", t."slaPausedAt", t."escalatedAt", t."firstResponseAt", t."resolvedAt", t."responseDueAt",
           t."resolutionDueAt", t."responseTargetMinutes", t."resolutionTargetMinutes", t."dispatchStep"::text AS "dispatchStep"
    FROM "Ticket" t
    LEFT JOIN "User" a ON a.id = t."assigneeId"
    LEFT JOIN "Team" team ON team.id = t."teamId"
    WHERE ${queueWhere(actor, filters, now)}
    ORDER BY t."slaDueAt" ASC NULLS LAST, t.id ASC
    LIMIT ${QUEUE_PAGE_SIZE + 1}`);
  const shown = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = shown.at(-1);
  return { rows: shown, nextCursor: rows.length > QUEUE_PAGE_SIZE && last ? encodeQueueCursor(last) : null };
}

export type QueueLocation = { id: string; kind: string; name: string; parentId: string | null; active: boolean };

/**
 * Every location (a few hundred rows) and active category, read once: the filter pickers, and the words of each
 * row's place worked out in memory instead of a recursive query per row.
 */
export async function queuePickers(actor: Actor) {
  assertCan(actor, "queue:read");
  const [locations, categories] = await Promise.all([
    db.location.findMany({ select: { id: true, kind: true, name: true, parentId: true, active: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    db.category.findMany({ where: { active: true }, select: { id: true, name: true, parentId: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
  ]);
  return { locations, categories };
}

/** The actor's own saved views, by name. Views are private: nobody else's are ever read. */
export async function savedViews(actor: Actor) {
  assertCan(actor, "queue:read");
  return db.savedQueueView.findMany({ where: { userId: actor.userId }, select: { id: true, name: true, query: true }, orderBy: { name: "asc" } });
}

import type { Actor } from "@/domain/authz/actor";
import { SOON_FRACTION } from "@/domain/sla/words";
import { Prisma } from "@/generated/prisma/client";
import { parseTicketNumber } from "@/lib/ticket-number";
import type { TQueueFilters, TQueueTab } from "./schemas";

// The queue's WHERE clause in SQL, so search, scope, filters and the page cursor run as one statement on the
// (teamId, slaDueAt, id) and (status, slaDueAt, id) indexes. Every value is a bound parameter.

export const DUE_SOON_MINUTES = 30;

type Sql = Prisma.Sql;
const and = (parts: Sql[]): Sql => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`);

const myTeams = (actor: Actor) => Prisma.sql`t."teamId" IN (SELECT "teamId" FROM "TeamMember" WHERE "userId" = ${actor.userId}::uuid)`;

/** On-site technicians work hands-on tickets, remote agents remote ones; managers answer for both. */
function roleView(actor: Actor): Sql[] {
  if (actor.role === "ONSITE_TECH") return [Prisma.sql`t.mode = 'ONSITE'`];
  if (actor.role === "REMOTE_AGENT") return [Prisma.sql`t.mode = 'REMOTE'`];
  if (actor.role === "MANAGER") return [];
  return [Prisma.sql`FALSE`]; // anyone else reaching here sees nothing
}

/** Managers' "team" is every team; a technician's is the teams they belong to. */
function tabScope(actor: Actor, tab: TQueueTab): Sql[] {
  const everyTeam = actor.role === "MANAGER";
  switch (tab) {
    case "mine":
      return [Prisma.sql`t."assigneeId" = ${actor.userId}::uuid`];
    case "unassigned":
      return [Prisma.sql`t."assigneeId" IS NULL`, ...(everyTeam ? [] : [myTeams(actor)])];
    case "team":
      return everyTeam ? [] : [myTeams(actor)];
    case "all":
      return [];
  }
}

function slaState(filters: TQueueFilters, now: Date): Sql[] {
  switch (filters.sla) {
    case undefined:
      return [];
    case "overdue":
      return [Prisma.sql`t."slaDueAt" < ${now}`];
    case "soon": {
      // Same approximation as the row badge: 75 % of the running clock's target used, in wall time.
      const left = 1 - SOON_FRACTION;
      const target = Prisma.sql`(CASE WHEN t."firstResponseAt" IS NULL THEN t."responseTargetMinutes" ELSE t."resolutionTargetMinutes" END)`;
      return [
        Prisma.sql`t."slaDueAt" >= ${now}`,
        Prisma.sql`(t."slaDueAt" <= ${new Date(now.getTime() + DUE_SOON_MINUTES * 60_000)} OR t."slaDueAt" - ${target} * ${left}::float8 * interval '1 minute' <= ${now})`,
      ];
    }
    case "paused":
      return [Prisma.sql`t."slaPausedAt" IS NOT NULL`];
    case "escalated":
      return [Prisma.sql`t."escalatedAt" IS NOT NULL`];
  }
}

function attributeFilters(filters: TQueueFilters): Sql[] {
  const parts: Sql[] = [];
  if (filters.priority) parts.push(Prisma.sql`t.priority::text IN (${Prisma.join(filters.priority)})`);
  if (filters.status) parts.push(Prisma.sql`t.status::text = ${filters.status}`);
  // A category covers its sub-categories ("Printers" includes "Label printer").
  if (filters.category) parts.push(Prisma.sql`t."categoryId" IN (SELECT id FROM "Category" WHERE id = ${filters.category}::uuid OR "parentId" = ${filters.category}::uuid)`);
  if (filters.location) {
    // A building covers its floors, units and rooms.
    parts.push(Prisma.sql`t."locationId" IN (
      WITH RECURSIVE below AS (
        SELECT id FROM "Location" WHERE id = ${filters.location}::uuid
        UNION ALL SELECT l.id FROM "Location" l JOIN below ON l."parentId" = below.id
      ) SELECT id FROM below)`);
  }
  return parts;
}

/** A ticket number finds that ticket only; anything else is a full-text search of summary and details. */
function search(q: string | undefined): Sql[] {
  if (!q) return [];
  const number = parseTicketNumber(q);
  if (number !== null) return [Prisma.sql`t.number = ${number}`];
  return [Prisma.sql`t."searchVector" @@ websearch_to_tsquery('english', ${q})`];
}

/** Keyset: rows after the cursor in (slaDueAt ASC NULLS LAST, id) order; no OFFSET. */
function after(cursor: string | undefined): Sql[] {
  if (!cursor) return [];
  const [due, id] = cursor.split(".") as [string, string];
  if (due === "n") return [Prisma.sql`t."slaDueAt" IS NULL AND t.id > ${id}::uuid`];
  const at = new Date(Number(due));
  return [Prisma.sql`(t."slaDueAt" > ${at} OR (t."slaDueAt" = ${at} AND t.id > ${id}::uuid) OR t."slaDueAt" IS NULL)`];
}

export function encodeQueueCursor(row: { slaDueAt: Date | null; id: string }): string {
  return `${row.slaDueAt ? row.slaDueAt.getTime() : "n"}.${row.id}`;
}

export function queueWhere(actor: Actor, filters: TQueueFilters & { tab: TQueueTab }, now: Date): Sql {
  return and([
    Prisma.sql`t.status NOT IN ('RESOLVED', 'CLOSED')`,
    ...roleView(actor),
    ...tabScope(actor, filters.tab),
    ...attributeFilters(filters),
    ...slaState(filters, now),
    ...search(filters.q),
    ...after(filters.cursor),
  ]);
}

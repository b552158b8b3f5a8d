import type { BusinessCalendar, OpeningHours } from "@/domain/sla/calendar";
import { choosePolicy } from "@/domain/sla/policy";
import type { TStatus } from "@/domain/tickets/status";
import type { Db, Tx } from "@/server/prisma-client";

type Reader = Db | Tx;
type TPriority = "P1" | "P2" | "P3" | "P4";

export const DEFAULT_PAUSE_STATUSES: readonly TStatus[] = ["WAITING_ON_CLINICIAN", "WAITING_ON_VENDOR"];

type CalendarRow = { kind: "ALWAYS" | "BUSINESS_HOURS"; timeZone: string; hours: unknown; holidays: { date: Date }[] };

function isOpeningHours(value: unknown): value is OpeningHours {
  const row = value as Partial<OpeningHours> | null;
  return typeof row?.weekday === "number" && typeof row.opens === "number" && typeof row.closes === "number";
}

/** A calendar row as the pure clock reads it. Holidays are local dates; @db.Date comes back as UTC midnight. */
export function toBusinessCalendar(row: CalendarRow): BusinessCalendar {
  if (row.kind === "ALWAYS") return { kind: "ALWAYS" };
  const hours = Array.isArray(row.hours) ? row.hours.filter(isOpeningHours) : [];
  return {
    kind: "BUSINESS_HOURS",
    timeZone: row.timeZone,
    hours,
    holidays: new Set(row.holidays.map((holiday) => holiday.date.toISOString().slice(0, 10))),
  };
}

export async function loadCalendars(reader: Reader, ids: readonly string[]): Promise<Map<string, BusinessCalendar>> {
  const rows = await reader.slaCalendar.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, kind: true, timeZone: true, hours: true, holidays: { select: { date: true } } },
  });
  return new Map(rows.map((row) => [row.id, toBusinessCalendar(row)]));
}

/** The statuses that pause the clocks (SLA settings, editable by managers). */
export async function loadPauseStatuses(reader: Reader): Promise<readonly TStatus[]> {
  const settings = await reader.slaSettings.findUnique({ where: { id: 1 }, select: { pauseStatuses: true } });
  return settings?.pauseStatuses ?? DEFAULT_PAUSE_STATUSES;
}

/** The category and its ancestors, nearest first, in one statement (the depth bound guards against a cycle). */
async function categoryPath(reader: Reader, categoryId: string): Promise<string[]> {
  const rows = await reader.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up(id, "parentId", depth) AS (
      SELECT id, "parentId", 0 FROM "Category" WHERE id = ${categoryId}::uuid
      UNION ALL
      SELECT c.id, c."parentId", up.depth + 1 FROM "Category" c JOIN up ON c.id = up."parentId" WHERE up.depth < 10
    )
    SELECT id::text FROM up ORDER BY depth`;
  return rows.map((row) => row.id);
}

export type MatchedPolicy = {
  id: string;
  name: string;
  responseMinutes: number;
  responseCalendarId: string;
  resolutionMinutes: number;
  resolutionCalendarId: string;
};

/** The most specific active policy for the ticket (src/domain/sla/policy.ts), or null when none is set up. */
export async function matchPolicy(reader: Reader, ticket: { priority: TPriority; categoryId: string; teamId: string | null }): Promise<MatchedPolicy | null> {
  const policies = await reader.slaPolicy.findMany({
    where: { priority: ticket.priority, active: true },
    select: { id: true, name: true, priority: true, categoryId: true, teamId: true, active: true, responseMinutes: true, responseCalendarId: true, resolutionMinutes: true, resolutionCalendarId: true },
    orderBy: { createdAt: "asc" },
  });
  if (policies.length === 0) return null;
  return choosePolicy(policies, { priority: ticket.priority, categoryPath: await categoryPath(reader, ticket.categoryId), teamId: ticket.teamId });
}

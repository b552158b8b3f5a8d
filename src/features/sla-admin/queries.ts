import type { Actor } from "@/domain/authz/actor";
import type { BusinessCalendar, OpeningHours } from "@/domain/sla/calendar";
import type { TStatus } from "@/domain/tickets/status";
import { DEFAULT_PAUSE_STATUSES, toBusinessCalendar } from "@/features/sla/load";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";

export type Option = { id: string; name: string };
export type CalendarOption = Option & { kind: "ALWAYS" | "BUSINESS_HOURS"; calendar: BusinessCalendar };
export type CalendarSummary = CalendarOption & { timeZone: string; hours: OpeningHours[]; holidayCount: number; activePolicies: number };
export type AdminPolicy = {
  id: string;
  name: string;
  priority: "P1" | "P2" | "P3" | "P4";
  category: Option | null;
  team: Option | null;
  responseMinutes: number;
  responseCalendarId: string;
  resolutionMinutes: number;
  resolutionCalendarId: string;
  active: boolean;
  version: number;
};

const policySelect = {
  id: true, name: true, priority: true, responseMinutes: true, responseCalendarId: true, resolutionMinutes: true, resolutionCalendarId: true, active: true, version: true,
  category: { select: { id: true, name: true } },
  team: { select: { id: true, name: true } },
} as const;

const hoursOf = (calendar: BusinessCalendar): OpeningHours[] => (calendar.kind === "BUSINESS_HOURS" ? [...calendar.hours] : []);

async function calendarSummaries(): Promise<CalendarSummary[]> {
  const [rows, active] = await Promise.all([
    db.slaCalendar.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, timeZone: true, hours: true, holidays: { select: { date: true } } } }),
    db.slaPolicy.findMany({ where: { active: true }, select: { responseCalendarId: true, resolutionCalendarId: true } }),
  ]);
  // A policy counting both targets on one calendar is one policy using it, not two.
  const uses = (id: string) => active.filter((p) => p.responseCalendarId === id || p.resolutionCalendarId === id).length;
  return rows.map((row) => {
    const calendar = toBusinessCalendar(row);
    return { id: row.id, name: row.name, kind: row.kind, timeZone: row.timeZone, calendar, hours: hoursOf(calendar), holidayCount: row.holidays.length, activePolicies: uses(row.id) };
  });
}

/** The SLA overview: every policy (on or off), every calendar and the pause statuses. */
export async function slaAdminOverview(actor: Actor) {
  assertCan(actor, "sla:configure");
  const [policies, calendars, settings] = await Promise.all([
    db.slaPolicy.findMany({ orderBy: [{ priority: "asc" }, { active: "desc" }, { name: "asc" }], select: policySelect }),
    calendarSummaries(),
    db.slaSettings.findUnique({ where: { id: 1 }, select: { pauseStatuses: true, version: true } }),
  ]);
  const pause: { pauseStatuses: readonly TStatus[]; version: number } = settings ?? { pauseStatuses: DEFAULT_PAUSE_STATUSES, version: 1 };
  return { policies: policies satisfies AdminPolicy[], calendars, settings: pause };
}

/** The policy form's choices, and the policy being edited (null when the id names none). */
export async function policyEditor(actor: Actor, policyId?: string) {
  assertCan(actor, "sla:configure");
  const [policy, categories, teams, calendars] = await Promise.all([
    policyId ? db.slaPolicy.findUnique({ where: { id: policyId }, select: policySelect }) : null,
    db.category.findMany({ where: { active: true }, orderBy: [{ name: "asc" }], select: { id: true, name: true } }),
    db.team.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    calendarSummaries(),
  ]);
  // A policy on a category or team switched off since keeps it as a choice, or saving would silently widen it.
  const keep = (options: Option[], current: Option | null | undefined) => (current && !options.some((o) => o.id === current.id) ? [...options, current] : options);
  return { policy: policy satisfies AdminPolicy | null, categories: keep(categories, policy?.category), teams: keep(teams, policy?.team), calendars };
}

export type PolicyEditor = Awaited<ReturnType<typeof policyEditor>>;

/** One calendar with its holidays in date order, or null. */
export async function calendarEditor(actor: Actor, calendarId: string) {
  assertCan(actor, "sla:configure");
  const row = await db.slaCalendar.findUnique({
    where: { id: calendarId },
    select: { id: true, name: true, kind: true, timeZone: true, hours: true, version: true, holidays: { orderBy: { date: "asc" }, select: { id: true, date: true, name: true } } },
  });
  if (!row) return null;
  const calendar = toBusinessCalendar({ ...row, holidays: [] });
  return {
    id: row.id, name: row.name, kind: row.kind, timeZone: row.timeZone, version: row.version,
    hours: hoursOf(calendar),
    holidays: row.holidays.map((holiday) => ({ id: holiday.id, name: holiday.name, date: holiday.date.toISOString().slice(0, 10) })),
  };
}

export type CalendarEditor = NonNullable<Awaited<ReturnType<typeof calendarEditor>>>;

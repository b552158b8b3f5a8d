import { dateTextOf, localDayOf, localToInstant, weekdayOf } from "./zone-time";

export type OpeningHours = {
  weekday: number /* 0=Sunday..6 */;
  opens: number /* minutes from local midnight, 0..1439 */;
  closes: number /* opens < closes <= 1440 */;
};
export type BusinessCalendar =
  | { kind: "ALWAYS" }
  | {
      kind: "BUSINESS_HOURS";
      timeZone: string /* IANA */;
      hours: readonly OpeningHours[];
      holidays: ReadonlySet<string> /* local dates "YYYY-MM-DD" */;
    };
type HoursCalendar = Extract<BusinessCalendar, { kind: "BUSINESS_HOURS" }>;
type Window = { from: number; to: number };

const SEARCH_LIMIT_DAYS = 400;
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

// Windows per weekday, sorted and merged once per hours array: callers pass the same calendar object repeatedly.
const weekCache = new WeakMap<readonly OpeningHours[], Window[][]>();

function weekOf(hours: readonly OpeningHours[]): Window[][] {
  const cached = weekCache.get(hours);
  if (cached) return cached;
  const week: Window[][] = Array.from({ length: 7 }, () => []);
  const sorted = [...hours].sort((a, b) => a.opens - b.opens);
  for (const { weekday, opens, closes } of sorted) {
    const day = week[weekday];
    if (!day || closes <= opens) continue;
    const last = day.at(-1);
    if (last && opens <= last.to) last.to = Math.max(last.to, closes);
    else day.push({ from: opens, to: closes });
  }
  weekCache.set(hours, week);
  return week;
}

/** Open windows of one local date as instants (ms), in order; none on a holiday. */
function windowsOn(calendar: HoursCalendar, day: number): Window[] {
  const minutes = weekOf(calendar.hours)[weekdayOf(day)] ?? [];
  if (minutes.length === 0 || calendar.holidays.has(dateTextOf(day))) return [];
  return minutes.map(({ from, to }) => ({
    from: localToInstant(day, from, calendar.timeZone),
    to: localToInstant(day, to, calendar.timeZone),
  }));
}

export function isOpenAt(calendar: BusinessCalendar, instant: Date): boolean {
  if (calendar.kind === "ALWAYS") return true;
  const t = instant.getTime();
  const today = localDayOf(instant, calendar.timeZone);
  // Neighbouring dates too: around a transition at midnight a date's windows can spill past its reading on the clock.
  for (let day = today - 1; day <= today + 1; day++) {
    if (windowsOn(calendar, day).some((w) => w.from <= t && t < w.to)) return true;
  }
  return false;
}

/** Earliest instant t >= start such that open time in [start, t) equals `ms` (ms >= 0). For ms = 0 returns start. Throws if the calendar has no open time within 400 days. */
export function addBusinessTime(calendar: BusinessCalendar, start: Date, ms: number): Date {
  if (ms <= 0) return new Date(start.getTime());
  if (calendar.kind === "ALWAYS") return new Date(start.getTime() + ms);
  const s = start.getTime();
  let remaining = ms;
  let day = localDayOf(start, calendar.timeZone) - 1;
  let lastOpenDay = day;
  for (; day - lastOpenDay <= SEARCH_LIMIT_DAYS; day++) {
    for (const window of windowsOn(calendar, day)) {
      if (window.to <= window.from) continue;
      lastOpenDay = day;
      const from = Math.max(window.from, s);
      if (window.to <= from) continue;
      if (remaining <= window.to - from) return new Date(from + remaining);
      remaining -= window.to - from;
    }
  }
  throw new Error(`Business calendar has no open time within ${SEARCH_LIMIT_DAYS} days`);
}

/** Open time (ms) in [from, to); 0 when to <= from. */
export function businessTimeBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const f = from.getTime();
  const t = to.getTime();
  if (t <= f) return 0;
  if (calendar.kind === "ALWAYS") return t - f;
  const last = localDayOf(to, calendar.timeZone) + 1;
  let total = 0;
  for (let day = localDayOf(from, calendar.timeZone) - 1; day <= last; day++) {
    for (const window of windowsOn(calendar, day)) {
      total += Math.max(0, Math.min(window.to, t) - Math.max(window.from, f));
    }
  }
  return total;
}

/** zod-free validation for the admin form: the first problem in words, or null when the hours are usable. */
export function validateOpeningHours(hours: readonly OpeningHours[]): string | null {
  if (hours.length === 0) return "Add at least one opening time";
  for (const { weekday, opens, closes } of hours) {
    const name = WEEKDAY_NAMES[weekday];
    if (!Number.isInteger(weekday) || name === undefined) return "Choose a day of the week";
    if (!Number.isInteger(opens) || opens < 0 || opens > 1439) return `Opening time on ${name} is not a time of day`;
    if (!Number.isInteger(closes) || closes > 1440) return `Closing time on ${name} is not a time of day`;
    if (closes <= opens) return `Closing time must be after opening time on ${name}`;
  }
  for (let weekday = 0; weekday < 7; weekday++) {
    const day = hours.filter((h) => h.weekday === weekday).sort((a, b) => a.opens - b.opens);
    for (let i = 1; i < day.length; i++) {
      if (day[i]!.opens < day[i - 1]!.closes) return `Opening times overlap on ${WEEKDAY_NAMES[weekday]}`;
    }
  }
  return null;
}

/** Minutes the calendar is open on a typical week, /number of open weekdays: used to turn "3 business days" into minutes. */
export function typicalOpenMinutesPerDay(calendar: BusinessCalendar): number {
  if (calendar.kind === "ALWAYS") return 1440;
  const perDay = weekOf(calendar.hours).map((day) => day.reduce((sum, w) => sum + (w.to - w.from), 0));
  const openDays = perDay.filter((minutes) => minutes > 0);
  return openDays.length === 0 ? 0 : openDays.reduce((a, b) => a + b, 0) / openDays.length;
}

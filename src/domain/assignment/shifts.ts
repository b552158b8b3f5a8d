// Who is at work right now. Shifts are written in the hospital's wall-clock time ("Mon 19:00-07:00"), so the
// check reads the local weekday and minute of `now` in the hospital's zone: a DST change moves the UTC instants
// of a shift, never the hours on the rota.

export type Shift = { weekday: number; startMinute: number; endMinute: number };
export type LocalTime = { weekday: number; minute: number };

const MINUTES_PER_DAY = 24 * 60;
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
/** Day names by ISO weekday - 1, for the rota page. */
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** ISO weekday (Mon 1 … Sun 7) and minutes since local midnight of `now` in `timeZone`. */
export function localTime(now: Date, timeZone: string): LocalTime {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const weekday = WEEKDAYS[part("weekday")];
  if (weekday === undefined) throw new Error(`unexpected weekday for time zone ${timeZone}`);
  return { weekday, minute: Number(part("hour")) * 60 + Number(part("minute")) };
}

/** The weekday before `weekday`, Monday's being Sunday. */
export const previousWeekday = (weekday: number) => ((weekday + 5) % 7) + 1;

/** A shift whose end is not after its start runs past midnight (equal start and end: a full 24 hours). */
export const crossesMidnight = (shift: Shift) => shift.endMinute <= shift.startMinute;

/**
 * True when `at` falls inside the shift. A shift crossing midnight belongs to the weekday it starts on:
 * "Fri 19:00-07:00" covers Friday evening and the small hours of Saturday.
 */
export function isOnShiftAt(shift: Shift, at: LocalTime): boolean {
  if (!crossesMidnight(shift)) return shift.weekday === at.weekday && at.minute >= shift.startMinute && at.minute < shift.endMinute;
  if (shift.weekday === at.weekday) return at.minute >= shift.startMinute;
  return shift.weekday === previousWeekday(at.weekday) && at.minute < shift.endMinute;
}

export function isOnShift(shift: Shift, now: Date, timeZone: string): boolean {
  return isOnShiftAt(shift, localTime(now, timeZone));
}

/** "07:00" for 420; used by the rota page and its forms. */
export function formatMinute(minute: number): string {
  const m = ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** 420 for "07:00"; null for anything that is not a clock time. */
export function parseClock(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

// Times as people on the ward say them, in the hospital's time zone (not the server's, not UTC): "10:45
// today", "yesterday at 14:02". A 24-hour clock, as charting uses, so "8:00" is never a.m./p.m. guesswork.

type ZonedParts = { year: number; month: number; day: number; weekday: string; clock: string };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      weekday: "long",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: parts.weekday ?? "",
    clock: `${parts.hour}:${parts.minute}`,
  };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Calendar days from `now` to `instant` in the zone: 0 today, 1 tomorrow, -1 yesterday. */
function dayOffset(instant: ZonedParts, now: ZonedParts): number {
  const days = (p: ZonedParts) => Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
  return days(instant) - days(now);
}

function dayWords(target: ZonedParts, now: ZonedParts): { relative: string | null; date: string } {
  const offset = dayOffset(target, now);
  const date = `${MONTHS[target.month - 1]} ${target.day}${target.year === now.year ? "" : `, ${target.year}`}`;
  if (offset === 0) return { relative: "today", date };
  if (offset === 1) return { relative: "tomorrow", date };
  if (offset === -1) return { relative: "yesterday", date };
  // A weekday alone is clear only within the week around today.
  if (Math.abs(offset) < 7) return { relative: `on ${target.weekday}`, date };
  return { relative: null, date };
}

/** A deadline: "10:45 today", "08:00 tomorrow", "17:30 on Friday", "09:00 on Dec 12". */
export function formatDueTime(instant: Date, now: Date, timeZone: string): string {
  const target = zonedParts(instant, timeZone);
  const words = dayWords(target, zonedParts(now, timeZone));
  return `${target.clock} ${words.relative ?? `on ${words.date}`}`;
}

/** When something happened: "just now", "12 minutes ago", "today at 14:02", "yesterday at 23:50", "Dec 3 at 09:15". */
export function formatWhen(instant: Date, now: Date, timeZone: string): string {
  const minutes = Math.floor((now.getTime() - instant.getTime()) / 60_000);
  if (minutes >= 0 && minutes < 1) return "just now";
  if (minutes >= 1 && minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const target = zonedParts(instant, timeZone);
  const words = dayWords(target, zonedParts(now, timeZone));
  const day = words.relative === null ? words.date : words.relative.replace(/^on /, "");
  return `${day} at ${target.clock}`;
}

/** The full date and time for a tooltip or screen reader: "Monday, Nov 30, 2026 at 14:02". */
export function formatAbsolute(instant: Date, timeZone: string): string {
  const target = zonedParts(instant, timeZone);
  return `${target.weekday}, ${MONTHS[target.month - 1]} ${target.day}, ${target.year} at ${target.clock}`;
}

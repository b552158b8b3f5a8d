// The on-call rota is typed as hospital wall-clock times ("2026-12-01T19:00") and stored as UTC instants.

const formatters = new Map<string, Intl.DateTimeFormat>();
function parts(instant: Date, timeZone: string): Record<string, number> {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, format);
  }
  const out: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== "literal") out[part.type] = Number(part.value);
  return out;
}

// How far the zone's wall clock is ahead of UTC at `instant`, in ms.
function offsetAt(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
  return asUtc - Math.floor(instant.getTime() / 60_000) * 60_000;
}

/**
 * The instant a wall-clock time "YYYY-MM-DDTHH:MM" names in `timeZone`, or null if the text is not one.
 * Near a DST change the offset is re-read at the first guess; a time in the skipped hour lands just after it.
 */
export function wallClockToInstant(text: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(naive);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The zone's offsets on either side of this wall time (equal unless a DST change is near). A wall time that
  // happens twice (fall back) takes its first occurrence; one that never happens (spring forward) is read with
  // the offset from before the change, which lands it just after the gap.
  const before = offsetAt(new Date(naive - 14 * 3_600_000), timeZone);
  const after = offsetAt(new Date(naive + 14 * 3_600_000), timeZone);
  const matches = [naive - before, naive - after].filter((instant) => instantToWallClock(new Date(instant), timeZone) === text);
  return new Date(matches.length > 0 ? Math.min(...matches) : naive - before);
}

/** "2026-12-01T19:00" for an instant, in `timeZone`: the value a datetime-local field shows. */
export function instantToWallClock(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

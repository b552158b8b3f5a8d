// Local-date arithmetic for business calendars. Days are counted as "day numbers" (days since 1970-01-01 in the
// zone's own calendar) so iterating dates never touches a time zone; only window edges are converted to instants.

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
// Edge conversions repeat a lot (every ticket on the same calendar crosses the same days), so they are memoised
// per zone; the bound keeps a long-running server from growing the cache without limit.
const edgeCache = new Map<string, Map<number, number>>();
const EDGE_CACHE_LIMIT = 20_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The zone's wall clock at `ms`, read as if it were UTC (so Date.UTC arithmetic applies). */
function wallAsUtc(ms: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  return Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, (p.hour ?? 0) % 24, p.minute ?? 0, p.second ?? 0);
}

/** How far the zone's wall clock is ahead of UTC at `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  return wallAsUtc(ms, timeZone) - Math.floor(ms / 1000) * 1000;
}

/** The local date (as a day number) that `instant` falls on in `timeZone`. */
export function localDayOf(instant: Date, timeZone: string): number {
  return Math.floor(wallAsUtc(instant.getTime(), timeZone) / DAY_MS);
}

/** 0 = Sunday .. 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** "YYYY-MM-DD" for a day number. */
export function dateTextOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant the wall clock in `timeZone` reads `minutes` after the start of local date `day` (1440 = next
 * midnight). A repeated wall time takes its first occurrence; a skipped one lands on the first instant after the
 * gap, so the mapping never runs backwards and windows stay ordered.
 */
export function localToInstant(day: number, minutes: number, timeZone: string): number {
  const naive = day * DAY_MS + minutes * 60_000;
  let cache = edgeCache.get(timeZone);
  if (!cache) edgeCache.set(timeZone, (cache = new Map()));
  const hit = cache.get(naive);
  if (hit !== undefined) return hit;
  const result = convert(naive, timeZone);
  if (cache.size >= EDGE_CACHE_LIMIT) cache.clear();
  cache.set(naive, result);
  return result;
}

function convert(naive: number, timeZone: string): number {
  const before = offsetAt(naive - DAY_MS, timeZone);
  const after = offsetAt(naive + DAY_MS, timeZone);
  if (before === after) return naive - before;
  const candidates = [naive - before, naive - after].sort((a, b) => a - b);
  const valid = candidates.find((ms) => offsetAt(ms, timeZone) === naive - ms);
  if (valid !== undefined) return valid;
  return firstInstantWithOffset(naive - after, naive - before, after, timeZone);
}

// Inside a skipped hour: the transition lies between the two candidate readings; find it to the millisecond.
function firstInstantWithOffset(low: number, high: number, offset: number, timeZone: string): number {
  let lo = low;
  let hi = high;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid, timeZone) === offset) hi = mid;
    else lo = mid;
  }
  return offsetAt(lo, timeZone) === offset ? lo : hi;
}

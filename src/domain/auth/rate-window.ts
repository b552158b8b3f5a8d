// Fixed-window rate limiting arithmetic. The counter itself lives in Postgres (src/server/rate-limit.ts).

export type RateWindow = { limit: number; windowMs: number };
export type RateState = { hits: number; windowStart: Date };

/** Seconds until the key may try again, or 0 while it is under its limit or its window has passed. */
export function secondsBlocked(state: RateState | null, window: RateWindow, now: Date): number {
  if (!state) return 0;
  const windowEndsMs = state.windowStart.getTime() + window.windowMs;
  if (windowEndsMs <= now.getTime() || state.hits < window.limit) return 0;
  return Math.ceil((windowEndsMs - now.getTime()) / 1000);
}

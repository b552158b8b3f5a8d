import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { secondsBlocked } from "./rate-window";

const windowStart = new Date("2026-11-29T02:00:00Z");
const window = { limit: 5, windowMs: 15 * 60_000 };
const at = (seconds: number) => new Date(windowStart.getTime() + seconds * 1000);

describe("secondsBlocked", () => {
  it.each([
    ["no failures yet", null, at(0), 0],
    ["4 of 5 failures", { hits: 4, windowStart }, at(10), 0],
    ["5 of 5 failures, 10 s in", { hits: 5, windowStart }, at(10), 890],
    ["5 of 5, 1 ms before the window ends", { hits: 5, windowStart }, new Date(at(900).getTime() - 1), 1],
    ["5 of 5, window over", { hits: 5, windowStart }, at(900), 0],
    ["far over the limit, window over", { hits: 500, windowStart }, at(901), 0],
  ])("%s", (_label, state, now, expected) => {
    expect(secondsBlocked(state, window, now)).toBe(expected);
  });

  it("never blocks past the end of the window, and blocks whenever the limit is reached inside it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 2000 }), (hits, elapsed) => {
        const wait = secondsBlocked({ hits, windowStart }, window, at(elapsed));
        expect(wait).toBeLessThanOrEqual(Math.max(0, 900 - elapsed));
        expect(wait > 0).toBe(hits >= window.limit && elapsed < 900);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hasGivenUp, MAX_EMAIL_ATTEMPTS, nextAttemptAfterFailure, retryDelayMinutes } from "./retry-policy";

describe("email retry schedule", () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [4, 8],
    [5, 16],
    [6, 32],
    [7, 60],
    [9, 60],
    [50, 60],
  ])("after failure %i waits %i minutes", (failures, minutes) => {
    expect(retryDelayMinutes(failures)).toBe(minutes);
  });

  it("never waits less than a minute nor more than an hour, and never less after more failures", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (failures) => {
        const delay = retryDelayMinutes(failures);
        expect(delay).toBeGreaterThanOrEqual(1);
        expect(delay).toBeLessThanOrEqual(60);
        expect(retryDelayMinutes(failures + 1)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });

  it("schedules from the time of the failure", () => {
    const failedAt = new Date("2026-11-29T03:00:00Z");
    expect(nextAttemptAfterFailure(failedAt, 3)).toEqual(new Date("2026-11-29T03:04:00Z"));
  });

  it("gives up after the last allowed attempt only", () => {
    expect(hasGivenUp(MAX_EMAIL_ATTEMPTS - 1)).toBe(false);
    expect(hasGivenUp(MAX_EMAIL_ATTEMPTS)).toBe(true);
  });
});

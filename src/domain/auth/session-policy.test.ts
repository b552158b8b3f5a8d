import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { judgeSession, sessionExpiry, TOUCH_INTERVAL_MS } from "./session-policy";

const start = new Date("2026-11-29T03:00:00Z");
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const policy = { idleMinutes: 15 };
const fresh = { createdAt: start, lastSeenAt: start, expiresAt: sessionExpiry(start, 12), endedAt: null };

describe("judgeSession", () => {
  it.each([
    ["just signed in", fresh, start, { valid: true, touch: false }],
    ["active 30 s ago: no write needed", fresh, new Date(start.getTime() + 30_000), { valid: true, touch: false }],
    ["active 2 min ago: refresh lastSeenAt", fresh, minutes(2), { valid: true, touch: true }],
    ["14 min 59 s idle", fresh, new Date(minutes(15).getTime() - 1000), { valid: true, touch: true }],
    ["15 min idle", fresh, minutes(15), { valid: false, reason: "idle" }],
    ["signed out", { ...fresh, endedAt: minutes(1) }, minutes(2), { valid: false, reason: "ended" }],
    [
      "12 h after sign-in even if active",
      { ...fresh, lastSeenAt: minutes(12 * 60 - 1) },
      minutes(12 * 60),
      { valid: false, reason: "expired" },
    ],
  ])("%s", (_label, session, now, verdict) => {
    expect(judgeSession(session, policy, now)).toEqual(verdict);
  });

  it("never accepts a session at or past its absolute expiry, however recently used", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 48 * 60 }), fc.integer({ min: 0, max: 60 }), (ageMin, idleMin) => {
        const now = minutes(ageMin);
        const lastSeenAt = new Date(Math.max(start.getTime(), now.getTime() - idleMin * 60_000));
        const verdict = judgeSession({ ...fresh, lastSeenAt }, policy, now);
        if (now >= fresh.expiresAt) expect(verdict.valid).toBe(false);
        if (verdict.valid) expect(now.getTime() - lastSeenAt.getTime()).toBeLessThan(15 * 60_000);
      }),
    );
  });

  it("asks for a touch only after the touch interval", () => {
    const verdict = judgeSession(fresh, policy, new Date(start.getTime() + TOUCH_INTERVAL_MS));
    expect(verdict).toEqual({ valid: true, touch: true });
  });
});

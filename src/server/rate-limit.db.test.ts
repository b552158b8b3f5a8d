import { describe, expect, it } from "vitest";
import { db } from "./db";
import { clearHits, recordHit, waitSeconds } from "./rate-limit";

const window = { limit: 5, windowMs: 15 * 60_000 };
const t0 = new Date("2026-11-29T03:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("rate limit counters in Postgres", () => {
  it("counts 40 concurrent hits exactly (no lost updates between instances)", async () => {
    await Promise.all(Array.from({ length: 40 }, () => recordHit(db, "k", window, t0)));
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "k" } })).hits).toBe(40);
  });

  it("blocks at the limit and opens again when the window has passed", async () => {
    for (let i = 0; i < 4; i++) await recordHit(db, "k", window, t0);
    expect(await waitSeconds(db, "k", window, later(1))).toBe(0);
    await recordHit(db, "k", window, later(1));
    expect(await waitSeconds(db, "k", window, later(1))).toBe(14 * 60);
    expect(await waitSeconds(db, "k", window, later(15))).toBe(0);
    const restarted = await recordHit(db, "k", window, later(16));
    expect(restarted).toEqual({ hits: 1, windowStart: later(16) });
  });

  it("clears a key", async () => {
    await recordHit(db, "k", window, t0);
    await clearHits(db, "k");
    expect(await waitSeconds(db, "k", window, t0)).toBe(0);
    expect(await db.rateLimit.count()).toBe(0);
  });
});

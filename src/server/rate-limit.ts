import { secondsBlocked, type RateState, type RateWindow } from "@/domain/auth/rate-window";
import type { Db, Tx } from "./prisma-client";

// Fixed-window counters in Postgres, so every app instance sees the same count (an in-memory limiter would
// give an attacker a fresh budget per instance). One atomic upsert per hit: no read-modify-write race.

export async function recordHit(tx: Tx | Db, key: string, window: RateWindow, now: Date): Promise<RateState> {
  const windowSeconds = window.windowMs / 1000;
  const rows = await tx.$queryRaw<RateState[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "hits") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimit"."windowStart" <= ${now}::timestamptz - make_interval(secs => ${windowSeconds})
                    THEN 1 ELSE "RateLimit"."hits" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${now}::timestamptz - make_interval(secs => ${windowSeconds})
                    THEN ${now}::timestamptz ELSE "RateLimit"."windowStart" END
    RETURNING "hits", "windowStart"`;
  return rows[0]!;
}

/** Seconds until the key may try again, or 0 when it is under its limit. */
export async function waitSeconds(tx: Tx | Db, key: string, window: RateWindow, now: Date): Promise<number> {
  const state = await tx.rateLimit.findUnique({ where: { key }, select: { hits: true, windowStart: true } });
  return secondsBlocked(state, window, now);
}

/** Gives back one hit that turned out not to count (a reserved failure that was a success). */
export async function returnHit(tx: Tx | Db, key: string): Promise<void> {
  await tx.$executeRaw`UPDATE "RateLimit" SET "hits" = GREATEST("hits" - 1, 0) WHERE "key" = ${key}`;
}

export async function clearHits(tx: Tx | Db, key: string): Promise<void> {
  await tx.rateLimit.deleteMany({ where: { key } });
}

import { createHash } from "node:crypto";
import { env } from "@/env";
import { sessionExpiry } from "@/domain/auth/session-policy";
import { db } from "@/server/db";
import { writeAudit } from "@/server/audit";
import { decoyPasswordHash, verifyPassword } from "@/server/password";
import { secondsBlocked, type RateState, type RateWindow } from "@/domain/auth/rate-window";
import { clearHits, recordHit, returnHit } from "@/server/rate-limit";
import type { ClientInfo } from "@/server/client-info";

export type SignInResult =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

type Input = { email: string; password: string; client: ClientInfo; now: Date };

function limits() {
  const windowMs = env().SIGN_IN_FAILURE_WINDOW_MINUTES * 60_000;
  return {
    account: { limit: env().SIGN_IN_MAX_FAILURES_PER_ACCOUNT, windowMs } satisfies RateWindow,
    client: { limit: env().SIGN_IN_MAX_FAILURES_PER_CLIENT, windowMs } satisfies RateWindow,
  };
}

// Hashed: the key would otherwise keep every email anyone typed, including mistyped ones, in the table.
const accountKey = (email: string) => `sign-in:account:${createHash("sha256").update(email).digest("hex")}`;
const clientKey = (client: ClientInfo) => `sign-in:client:${client.clientIp ?? "unknown"}`;

/**
 * Checks a password and opens a server-side session. Failures count per account (guessing one nurse's
 * password) and per client (spraying many accounts). Each attempt reserves its failure atomically before the
 * password is checked, so parallel guesses cannot all slip in under the limit; a success gives it back.
 */
export async function signInWithPassword({ email, password, client, now }: Input): Promise<SignInResult> {
  const keys = { account: accountKey(email), client: clientKey(client) };
  const blocked = await reserveFailure(keys, now);
  if (blocked > 0) {
    await db.$transaction((tx) =>
      writeAudit(tx, { actorId: null, action: "auth.sign_in_blocked", entityType: "User", clientIp: client.clientIp, details: { retryAfterSeconds: blocked } }, now),
    );
    return { ok: false, reason: "rate_limited", retryAfterSeconds: blocked };
  }

  const user = await db.user.findUnique({
    where: { email },
    // An explicit select is the one way past the client's global omit of password hashes.
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  // Always run the hasher, so response time does not reveal whether the account exists.
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);

  if (!user || !user.passwordHash || !passwordMatches || user.disabledAt) {
    const reason = !user ? "unknown_account" : user.disabledAt && passwordMatches ? "disabled" : "bad_password";
    // The typed email is not stored: people paste the wrong thing into sign-in boxes.
    await db.$transaction((tx) =>
      writeAudit(tx, { actorId: null, action: "auth.sign_in_failed", entityType: "User", entityId: user?.id ?? null, clientIp: client.clientIp, details: { reason } }, now),
    );
    return { ok: false, reason: "invalid" };
  }
  return { ok: true, userId: user.id, sessionId: await openSession(user.id, keys, client, now) };
}

/** Counts this attempt as a failure up front; returns the seconds to wait if a limit is now exceeded. */
async function reserveFailure(keys: { account: string; client: string }, now: Date): Promise<number> {
  const { account, client } = limits();
  return db.$transaction(async (tx) => {
    const accountState = await recordHit(tx, keys.account, account, now);
    const clientState = await recordHit(tx, keys.client, client, now);
    // The hit just recorded is this attempt: blocked when the failures before it already reached the limit.
    const before = (state: RateState) => ({ ...state, hits: state.hits - 1 });
    return Math.max(secondsBlocked(before(accountState), account, now), secondsBlocked(before(clientState), client, now));
  });
}

async function openSession(userId: string, keys: { account: string; client: string }, client: ClientInfo, now: Date): Promise<string> {
  return db.$transaction(async (tx) => {
    const session = await tx.session.create({
      data: {
        userId,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: sessionExpiry(now, env().SESSION_MAX_HOURS),
        clientIp: client.clientIp,
        userAgent: client.userAgent,
      },
      select: { id: true },
    });
    // The reserved failure was not one: the account starts afresh and the client gets its attempt back.
    await clearHits(tx, keys.account);
    await returnHit(tx, keys.client);
    await writeAudit(tx, { actorId: userId, action: "auth.sign_in", entityType: "Session", entityId: session.id, clientIp: client.clientIp, details: { method: "password" } }, now);
    return session.id;
  });
}

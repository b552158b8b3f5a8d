import { env } from "@/env";
import { sessionExpiry } from "@/domain/auth/session-policy";
import { db } from "@/server/db";
import { writeAudit } from "@/server/audit";
import { decoyPasswordHash, verifyPassword } from "@/server/password";
import type { RateWindow } from "@/domain/auth/rate-window";
import { clearHits, recordHit, waitSeconds } from "@/server/rate-limit";
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

const accountKey = (email: string) => `sign-in:account:${email}`;
const clientKey = (client: ClientInfo) => `sign-in:client:${client.clientIp ?? "unknown"}`;

/**
 * Checks a password and opens a server-side session. Failures count per account (guessing one nurse's
 * password) and per client (spraying many accounts); either limit blocks before the password is checked.
 */
export async function signInWithPassword({ email, password, client, now }: Input): Promise<SignInResult> {
  const blocked = await secondsUntilAllowed(email, client, now);
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
    await recordFailure(email, client, user?.id ?? null, reason, now);
    return { ok: false, reason: "invalid" };
  }
  return { ok: true, userId: user.id, sessionId: await openSession(user.id, email, client, now) };
}

async function secondsUntilAllowed(email: string, client: ClientInfo, now: Date): Promise<number> {
  const { account, client: perClient } = limits();
  const [accountWait, clientWait] = await Promise.all([
    waitSeconds(db, accountKey(email), account, now),
    waitSeconds(db, clientKey(client), perClient, now),
  ]);
  return Math.max(accountWait, clientWait);
}

async function recordFailure(email: string, client: ClientInfo, userId: string | null, reason: string, now: Date) {
  const { account, client: perClient } = limits();
  await db.$transaction(async (tx) => {
    await recordHit(tx, accountKey(email), account, now);
    await recordHit(tx, clientKey(client), perClient, now);
    // The typed email is not stored: people paste the wrong thing into sign-in boxes.
    await writeAudit(tx, { actorId: null, action: "auth.sign_in_failed", entityType: "User", entityId: userId, clientIp: client.clientIp, details: { reason } }, now);
  });
}

async function openSession(userId: string, email: string, client: ClientInfo, now: Date): Promise<string> {
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
    await clearHits(tx, accountKey(email));
    await writeAudit(tx, { actorId: userId, action: "auth.sign_in", entityType: "Session", entityId: session.id, clientIp: client.clientIp, details: { method: "password" } }, now);
    return session.id;
  });
}

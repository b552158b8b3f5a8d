// Drains the email outbox: claim due rows, send each, record the outcome. Takes its database client and mailer
// as parameters so the app (src/server/db.ts), the CLI (scripts/deliver-emails.ts) and the job worker can share
// it; nothing here imports "server-only" modules.
import type { Mailer } from "@/server/mailer";
import { smtpErrorCode } from "@/server/mailer";
import type { Db } from "@/server/prisma-client";
import { MAX_EMAIL_ATTEMPTS, nextAttemptAfterFailure } from "./retry-policy";

// A claimed row is hidden from other drains this long. Longer than a batch can take with the mailer's
// timeouts, so two app instances never send the same email; a drain that crashes mid-batch releases its rows
// when the lease runs out, and they are tried again.
export const CLAIM_LEASE_MS = 5 * 60_000;
// A drain stops sending this long before its lease runs out: past it another drain may take the rows over.
const LEASE_MARGIN_MS = 60_000;

export type DrainResult = { claimed: number; sent: number; failed: number };

type ClaimedEmail = { id: string; toAddress: string; subject: string; textBody: string; attempts: number };

/**
 * Claims up to `limit` due, unsent emails in one statement. SKIP LOCKED lets concurrent drains pass over
 * each other's rows instead of waiting; bumping `attempts` and moving `nextAttemptAt` past the lease in the
 * same statement means a row is claimed by one drain only, even after this statement commits.
 */
async function claimDueEmails(db: Db, now: Date, limit: number): Promise<ClaimedEmail[]> {
  const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
  return db.$queryRaw<ClaimedEmail[]>`
    WITH due AS (
      SELECT id FROM "EmailOutbox"
      WHERE "sentAt" IS NULL AND "nextAttemptAt" <= ${now} AND attempts < ${MAX_EMAIL_ATTEMPTS}
      ORDER BY "nextAttemptAt", "createdAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "EmailOutbox" AS e
    SET attempts = e.attempts + 1, "nextAttemptAt" = ${leaseUntil}
    FROM due
    WHERE e.id = due.id
    RETURNING e.id::text AS id, e."toAddress", e.subject, e."textBody", e.attempts`;
}

async function deliverOne(db: Db, mailer: Mailer, email: ClaimedEmail, now: Date): Promise<boolean> {
  try {
    await mailer.send({ to: email.toAddress, subject: email.subject, text: email.textBody });
  } catch (error) {
    const code = smtpErrorCode(error);
    // Conditional on our claim (attempts unchanged, still unsent): a drain whose lease ran out must not
    // overwrite the outcome of the drain that took the row over.
    await db.emailOutbox.updateMany({
      where: { id: email.id, attempts: email.attempts, sentAt: null },
      data: { lastError: code, nextAttemptAt: nextAttemptAfterFailure(now, email.attempts) },
    });
    const outcome = email.attempts >= MAX_EMAIL_ATTEMPTS ? "giving up" : "will retry";
    console.warn(`[email] delivery of ${email.id} failed (${code}), attempt ${email.attempts} of ${MAX_EMAIL_ATTEMPTS}: ${outcome}`);
    return false;
  }
  await db.emailOutbox.updateMany({ where: { id: email.id, attempts: email.attempts, sentAt: null }, data: { sentAt: now, lastError: null } });
  return true;
}

/** Hands unsent claimed rows back at once (this drain ran out of lease time), as if never claimed. */
async function releaseClaims(db: Db, emails: readonly ClaimedEmail[], now: Date): Promise<void> {
  for (const email of emails) {
    await db.emailOutbox.updateMany({
      where: { id: email.id, attempts: email.attempts, sentAt: null },
      data: { attempts: email.attempts - 1, nextAttemptAt: now },
    });
  }
}

/** One pass over the outbox: at most `limit` emails, each sent at most once across every running drain. */
export async function drainOutbox(db: Db, mailer: Mailer, { now, limit }: { now: Date; limit: number }): Promise<DrainResult> {
  const claimed = await claimDueEmails(db, now, limit);
  // Measured on the real clock: `now` is fixed for the whole batch, the lease is not.
  const sendUntil = Date.now() + CLAIM_LEASE_MS - LEASE_MARGIN_MS;
  let sent = 0;
  let tried = 0;
  // One at a time: a hospital relay throttles bursts, and the volume is a few emails a minute. A slow relay
  // must not outlast the lease, or a second drain could send the same email again.
  for (const email of claimed) {
    if (Date.now() >= sendUntil) break;
    tried += 1;
    if (await deliverOne(db, mailer, email, now)) sent += 1;
  }
  await releaseClaims(db, claimed.slice(tried), now);
  return { claimed: tried, sent, failed: tried - sent };
}

/** Emails that used up their attempts and wait, unsent, for someone to fix the address or the relay. */
export function countUndeliverable(db: Db): Promise<number> {
  return db.emailOutbox.count({ where: { sentAt: null, attempts: { gte: MAX_EMAIL_ATTEMPTS } } });
}

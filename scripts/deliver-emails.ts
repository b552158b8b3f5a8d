// npm run email:deliver: sends what is due in the email outbox, once, then exits. For a cron job or by hand
// after fixing the relay, until the job worker (a later release) does this continuously.
// A CLI entry point reads its own few variables (docs/decisions/001): DATABASE_URL, SMTP_URL, MAIL_FROM.
import { DEFAULT_MAIL_FROM } from "@/env";
import { countUndeliverable, drainOutbox } from "@/features/notifications/outbox";
import { createMailer } from "@/server/mailer";
import { createPrismaClient } from "@/server/prisma-client";

const BATCH = 50;
// Each batch leases its rows, so rows that fail are not claimed again in this run; the cap is a backstop.
const MAX_BATCHES = 1000;

function readSettings() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set. Example: postgres://postgres@127.0.0.1:5432/warddesk");
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl || !/^smtps?:\/\//.test(smtpUrl)) throw new Error("email delivery is not configured: set SMTP_URL to smtp://host:port or smtps://...");
  return { databaseUrl, smtp: { url: smtpUrl, from: process.env.MAIL_FROM || DEFAULT_MAIL_FROM } };
}

async function main(): Promise<void> {
  const { databaseUrl, smtp } = readSettings();
  const db = createPrismaClient(databaseUrl, 2);
  const mailer = createMailer(smtp);
  try {
    const total = { claimed: 0, sent: 0, failed: 0 };
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const result = await drainOutbox(db, mailer, { now: new Date(), limit: BATCH });
      total.claimed += result.claimed;
      total.sent += result.sent;
      total.failed += result.failed;
      if (result.claimed < BATCH) break;
    }
    const undeliverable = await countUndeliverable(db);
    console.log(`Emails: ${total.sent} sent, ${total.failed} failed (will retry later), ${undeliverable} given up after too many attempts.`);
    if (total.failed > 0) process.exitCode = 2;
  } finally {
    mailer.close();
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  // The message may quote an address; the name and code are enough to act on.
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  const known = error instanceof Error && error.message.startsWith("email delivery is not configured") ? error.message : null;
  console.error(known ?? `Email delivery failed: ${String(name ?? "Error")}${typeof code === "string" ? ` (${code})` : ""}`);
  process.exitCode = 1;
});

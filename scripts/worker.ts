// npm run worker: runs the durable jobs (SLA warnings and escalation) and sends the email outbox, until
// stopped. Any number may run: pg-boss hands each job to one of them and the handlers are idempotent.
// Reads DATABASE_URL, and SMTP_URL / MAIL_FROM for email (unset: emails wait in the outbox).
import { DEFAULT_MAIL_FROM } from "@/env";
import { slaJobHandlers } from "@/features/sla/job-handlers";
import { drainOutbox } from "@/features/notifications/outbox";
import { installJobQueues } from "@/server/jobs/install";
import { startJobWorker, type PeriodicTask } from "@/server/jobs/worker";
import { createMailer } from "@/server/mailer";
import { createPrismaClient } from "@/server/prisma-client";

const EMAIL_EVERY_MS = 10_000;

function emailTask(db: ReturnType<typeof createPrismaClient>): PeriodicTask | null {
  const url = process.env.SMTP_URL;
  if (!url || !/^smtps?:\/\//.test(url)) {
    console.warn("[worker] SMTP_URL is not set: emails stay in the outbox");
    return null;
  }
  const from = process.env.MAIL_FROM || DEFAULT_MAIL_FROM;
  return {
    name: "email delivery",
    everyMs: EMAIL_EVERY_MS,
    async run() {
      const mailer = createMailer({ url, from });
      try {
        await drainOutbox(db, mailer, { now: new Date(), limit: 50 });
      } finally {
        mailer.close();
      }
    },
  };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Example: postgres://postgres@127.0.0.1:5432/warddesk");
  // Idempotent; lets a worker start on a database whose app has not run yet.
  await installJobQueues(url);
  const db = createPrismaClient(url, 4);
  const email = emailTask(db);
  const worker = await startJobWorker({ connectionString: url, handlers: slaJobHandlers(db), periodic: email ? [email] : [] });
  console.log("[worker] WardDesk job worker started");
  const shutdown = async () => {
    await worker.stop();
    await db.$disconnect();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(`WardDesk worker could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

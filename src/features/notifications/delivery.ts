// Sends what the outbox holds, from inside the app: commands call kickEmailDelivery() after their transaction
// commits. Emails that fail or find no SMTP relay stay in the outbox; `npm run email:deliver` (and the job
// worker of a later release) picks them up again.
import { env } from "@/env";
import { db } from "@/server/db";
import { logUnexpectedError } from "@/server/errors";
import { createMailer, type SmtpSettings } from "@/server/mailer";
import { coalesced } from "./coalesce";
import { drainOutbox, type DrainResult } from "./outbox";

export const DEFAULT_BATCH = 20;

export type DeliveryResult = DrainResult & { configured: boolean };

// Next may load this module once per bundle (pages, actions, route handlers): the state that must exist once
// per process (the "not configured" warning, the background run) lives on globalThis, as the db client does.
const processState = globalThis as { warddeskEmailDelivery?: { warned: boolean; background: ReturnType<typeof coalesced> } };

function smtpFromEnv(): SmtpSettings | null {
  const { SMTP_URL, MAIL_FROM } = env();
  return SMTP_URL ? { url: SMTP_URL, from: MAIL_FROM } : null;
}

/**
 * One pass over the outbox. `smtp` defaults to SMTP_URL and MAIL_FROM; without a relay nothing is sent and the
 * emails wait, which is said once per process rather than on every ticket.
 */
export async function deliverPendingEmails({
  now = new Date(),
  limit = DEFAULT_BATCH,
  smtp = smtpFromEnv(),
}: { now?: Date; limit?: number; smtp?: SmtpSettings | null } = {}): Promise<DeliveryResult> {
  if (!smtp) {
    const state = delivery();
    if (!state.warned) console.warn("[email] email delivery is not configured (SMTP_URL is unset): emails stay queued");
    state.warned = true;
    return { configured: false, claimed: 0, sent: 0, failed: 0 };
  }
  const mailer = createMailer(smtp);
  try {
    return { configured: true, ...(await drainOutbox(db, mailer, { now, limit })) };
  } finally {
    mailer.close();
  }
}

// A backlog (say, after the relay was down) is worked through in batches, but a kick never runs for ever:
// what is left waits for the next kick or the CLI.
const MAX_BATCHES_PER_KICK = 10;

async function drainBacklog(): Promise<void> {
  for (let batch = 0; batch < MAX_BATCHES_PER_KICK; batch += 1) {
    const result = await deliverPendingEmails({ now: new Date() });
    if (result.claimed < DEFAULT_BATCH) return;
  }
}

function delivery() {
  processState.warddeskEmailDelivery ??= {
    warned: false,
    background: coalesced(drainBacklog, (error) => logUnexpectedError(error, "email delivery")),
  };
  return processState.warddeskEmailDelivery;
}

/** Starts sending after commit without delaying the request; never throws. Kicks during a run coalesce. */
export function kickEmailDelivery(): void {
  delivery().background.trigger();
}

/** Resolves once no background delivery is running; for tests and shutdown. */
export function emailDeliveryIdle(): Promise<void> {
  return delivery().background.idle();
}

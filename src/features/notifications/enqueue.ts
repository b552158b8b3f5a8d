import { env } from "@/env";
import { formatTicketNumber } from "@/lib/ticket-number";
import { STATUS_WORDS, type TStatus } from "@/domain/tickets/status";
import type { Tx } from "@/server/prisma-client";

export type TicketNotice = {
  ticket: { id: string; number: number; status: TStatus; requesterId: string };
  kind: "TICKET_FILED" | "STATUS_CHANGED" | "PUBLIC_REPLY";
  /** Who caused it; they are not notified of their own action. */
  actorId: string;
};

function titleFor(notice: TicketNotice): string {
  const number = formatTicketNumber(notice.ticket.number);
  const status = STATUS_WORDS[notice.ticket.status];
  if (notice.kind === "TICKET_FILED") return `${number} received: we are on it`;
  if (notice.kind === "PUBLIC_REPLY") return `${number}: IT replied (status: ${status})`;
  return `${number} is now: ${status}`;
}

// Emails leave the hospital's systems, so they carry the number, status and a link, never ticket text, which
// could hold patient data despite the PHI guard.
function emailBody(notice: TicketNotice, title: string): string {
  const link = new URL(`/tickets/${notice.ticket.id}`, env().APP_BASE_URL).toString();
  return `${title}\n\nOpen the ticket to see the details and reply:\n${link}\n\nThis message was sent by WardDesk. Do not reply to it with patient information.`;
}

/**
 * Tells the requester, in the app and by email, inside the transaction of the change, so a rolled-back change
 * notifies nobody. Emails wait in the outbox and are sent after commit.
 */
export async function notifyRequester(tx: Tx, notice: TicketNotice, now: Date): Promise<void> {
  if (notice.ticket.requesterId === notice.actorId && notice.kind !== "TICKET_FILED") return;
  const recipient = await tx.user.findUnique({ where: { id: notice.ticket.requesterId }, select: { email: true, isService: true } });
  if (!recipient) return;
  const title = titleFor(notice);
  await tx.notification.create({
    data: { userId: notice.ticket.requesterId, ticketId: notice.ticket.id, kind: notice.kind, title, createdAt: now },
    select: { id: true },
  });
  if (recipient.isService) return;
  await tx.emailOutbox.create({
    data: { toAddress: recipient.email, subject: `[WardDesk] ${title}`, textBody: emailBody(notice, title), createdAt: now, nextAttemptAt: now },
    select: { id: true },
  });
}

import { env } from "@/env";
import { formatTicketNumber } from "@/lib/ticket-number";
import { STATUS_WORDS, type TStatus } from "@/domain/tickets/status";
import type { Tx } from "@/server/prisma-client";

export type TicketNotice = {
  ticket: { id: string; number: number; status: TStatus; requesterId: string };
  kind: "TICKET_FILED" | "STATUS_CHANGED" | "PUBLIC_REPLY";
  /** Who caused it; they are not notified of their own action (a filing receipt excepted). */
  actorId: string;
  /** Words for a change that is not a status (a technician on the way): the number and plain words, never ticket text. */
  title?: string;
};

function titleFor(notice: TicketNotice): string {
  if (notice.title) return notice.title;
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
 * Who hears about it: the requester, and for status changes and public replies also everyone who said
 * "affects me too". Never the person who acted, except that a requester filing their own ticket gets the
 * receipt with its number (the filing has no other confirmation they can find later).
 */
async function recipientIds(tx: Tx, notice: TicketNotice): Promise<string[]> {
  const ids = new Set([notice.ticket.requesterId]);
  if (notice.kind !== "TICKET_FILED") {
    const affected = await tx.ticketAffectedUser.findMany({ where: { ticketId: notice.ticket.id }, select: { userId: true } });
    for (const row of affected) ids.add(row.userId);
    ids.delete(notice.actorId);
  }
  return [...ids];
}

/**
 * Tells the requester (and the people affected, see recipientIds), in the app and by email, inside the
 * transaction of the change, so a rolled-back change notifies nobody. Emails wait in the outbox and are sent
 * after commit (kickEmailDelivery). Disabled accounts get nothing; service accounts have no inbox.
 */
export async function notifyRequester(tx: Tx, notice: TicketNotice, now: Date): Promise<void> {
  const ids = await recipientIds(tx, notice);
  if (ids.length === 0) return;
  const recipients = await tx.user.findMany({
    where: { id: { in: ids }, disabledAt: null },
    select: { id: true, email: true, isService: true },
    orderBy: { id: "asc" },
  });
  if (recipients.length === 0) return;
  const title = titleFor(notice);
  await tx.notification.createMany({
    data: recipients.map((user) => ({ userId: user.id, ticketId: notice.ticket.id, kind: notice.kind, title, createdAt: now })),
  });
  const people = recipients.filter((user) => !user.isService);
  if (people.length === 0) return;
  const textBody = emailBody(notice, title);
  await tx.emailOutbox.createMany({
    data: people.map((user) => ({ toAddress: user.email, subject: `[WardDesk] ${title}`, textBody, createdAt: now, nextAttemptAt: now })),
  });
}

export type StaffNotice = {
  ticket: { id: string };
  kind: "SLA_WARNING" | "SLA_BREACHED";
  /** Number, priority and time words only: staff emails leave the hospital's systems too. */
  title: string;
};

/** Tells IT staff (the assignee, team leads, managers) in the app and by email, inside the caller's transaction. */
export async function notifyStaff(tx: Tx, userIds: readonly string[], notice: StaffNotice, now: Date): Promise<number> {
  if (userIds.length === 0) return 0;
  const recipients = await tx.user.findMany({
    where: { id: { in: [...new Set(userIds)] }, disabledAt: null, isService: false },
    select: { id: true, email: true },
    orderBy: { id: "asc" },
  });
  if (recipients.length === 0) return 0;
  await tx.notification.createMany({
    data: recipients.map((user) => ({ userId: user.id, ticketId: notice.ticket.id, kind: notice.kind, title: notice.title, createdAt: now })),
  });
  const link = new URL(`/tickets/${notice.ticket.id}`, env().APP_BASE_URL).toString();
  const textBody = `${notice.title}\n\nOpen the ticket:\n${link}\n\nThis message was sent by WardDesk.`;
  await tx.emailOutbox.createMany({
    data: recipients.map((user) => ({ toAddress: user.email, subject: `[WardDesk] ${notice.title}`, textBody, createdAt: now, nextAttemptAt: now })),
  });
  return recipients.length;
}

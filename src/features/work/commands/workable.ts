import type { Actor } from "@/domain/authz/actor";
import { isOpen } from "@/domain/tickets/status";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Tx } from "@/server/prisma-client";
import type { Prisma } from "@/generated/prisma/client";
import { isUuid } from "@/features/tickets/queries";
import { ticketsWorkableBy } from "@/features/tickets/visibility";

// What every "work on a ticket" command starts with: the ticket, if the actor may work on it (anything else is
// NOT_FOUND so ids reveal nothing), at the version the page showed; and the one conditional write that bumps
// that version, so a stale page never overwrites someone else's change.

export { STALE_TICKET_MESSAGE as STALE_WORK_MESSAGE } from "@/features/tickets/stale";
import { STALE_TICKET_MESSAGE as STALE_WORK_MESSAGE } from "@/features/tickets/stale";

const workSelect = {
  id: true, number: true, status: true, version: true, mode: true, requesterId: true, teamId: true, assigneeId: true,
  dispatchStep: true, firstResponseAt: true, majorIncidentId: true, mergedIntoId: true,
  team: { select: { name: true } },
} satisfies Prisma.TicketSelect;

export type WorkTicket = Prisma.TicketGetPayload<{ select: typeof workSelect }>;

export async function loadWorkableTicket(actor: Actor, ticketId: string, version: number): Promise<WorkTicket> {
  const ticket = isUuid(ticketId) ? await db.ticket.findFirst({ where: { AND: [ticketsWorkableBy(actor), { id: ticketId }] }, select: workSelect }) : null;
  if (!ticket) throw new AppError("NOT_FOUND", "We could not find that ticket in your teams' work.");
  if (ticket.version !== version) throw new AppError("CONFLICT", STALE_WORK_MESSAGE);
  return ticket;
}

export function assertOpen(ticket: WorkTicket, what: string): void {
  if (!isOpen(ticket.status)) throw new AppError("INVALID", `This ticket is fixed or closed, so ${what} is no longer possible.`);
}

/** The change, only if the ticket is still at the version read; always bumps the version (live pages listen). */
export async function updateAtVersion(tx: Tx, ticket: { id: string; version: number }, data: Omit<Prisma.TicketUncheckedUpdateManyInput, "version" | "updatedAt">, now: Date): Promise<number> {
  const updated = await tx.ticket.updateMany({
    where: { id: ticket.id, version: ticket.version },
    data: { ...data, version: { increment: 1 }, updatedAt: now },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", STALE_WORK_MESSAGE);
  return ticket.version + 1;
}

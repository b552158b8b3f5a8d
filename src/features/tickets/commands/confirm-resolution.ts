import { canMove } from "@/domain/tickets/lifecycle";
import type { Actor } from "@/domain/authz/actor";
import { requesterActions } from "@/domain/tickets/status";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { findVisibleTicket } from "../queries";

export { STALE_TICKET_MESSAGE as STALE_MESSAGE } from "../stale";
import { STALE_TICKET_MESSAGE as STALE_MESSAGE } from "../stale";

type Input = { actor: Actor; input: { ticketId: string; version: number }; now: Date };

/** Loads a ticket for something only its reporter may do. */
export async function loadForRequester(actor: Actor, ticketId: string) {
  assertCan(actor, "ticket:read:own");
  const ticket = await findVisibleTicket(actor, ticketId);
  if (ticket.requesterId !== actor.userId) {
    throw new AppError("FORBIDDEN", "Only the person who reported this problem can do that.");
  }
  return ticket;
}

/** "Yes, it's fixed": the reporter closes a resolved ticket. */
export async function confirmResolution({ actor, input, now }: Input): Promise<void> {
  const ticket = await loadForRequester(actor, input.ticketId);
  if (ticket.version !== input.version) throw new AppError("CONFLICT", STALE_MESSAGE);
  if (!canMove("requester", ticket.status, "CLOSED") || !requesterActions(ticket, now).includes("confirm")) {
    throw new AppError("CONFLICT", "This ticket is no longer waiting for your confirmation.");
  }
  await db.$transaction(async (tx) => {
    // Optimistic lock: only if nobody changed the ticket since the page showed it (and it is still resolved).
    const closed = await tx.ticket.updateMany({
      where: { id: ticket.id, version: input.version, status: "RESOLVED" },
      data: { status: "CLOSED", closedAt: now, updatedAt: now, version: { increment: 1 } },
    });
    if (closed.count === 0) throw new AppError("CONFLICT", STALE_MESSAGE);
    await tx.ticketEvent.create({
      data: { ticketId: ticket.id, actorId: actor.userId, type: "RESOLUTION_CONFIRMED", createdAt: now, data: { from: "RESOLVED", to: "CLOSED" } },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.resolution_confirmed", entityType: "Ticket", entityId: ticket.id, details: { from: "RESOLVED", to: "CLOSED" } }, now);
  });
}

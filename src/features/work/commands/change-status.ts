import { canMove } from "@/domain/tickets/lifecycle";
import type { Actor } from "@/domain/authz/actor";
import { STATUS_WORDS, type TStatus } from "@/domain/tickets/status";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordStatusChange } from "@/features/sla/transitions";
import { notifyRequester } from "@/features/notifications/enqueue";
import { kickEmailDelivery } from "@/features/notifications/delivery";
import { loadWorkableTicket, updateAtVersion } from "./workable";

type Input = { actor: Actor; input: { ticketId: string; version: number; status: TStatus }; now: Date };

/**
 * IT staff move a ticket through its statuses (src/domain/tickets/lifecycle.ts). The update is conditional
 * on the version the page showed, so a stale page never overwrites someone else's move. The SLA clocks move
 * with it (a hands-on status answers the response promise; waiting pauses; fixed stops) in the same
 * transaction, and the reporter hears about it.
 */
export async function changeTicketStatus({ actor, input, now }: Input): Promise<{ version: number }> {
  assertCan(actor, "ticket:transition");
  const ticket = await loadWorkableTicket(actor, input.ticketId, input.version);
  if (!canMove("staff", ticket.status, input.status) || ticket.status === input.status) {
    throw new AppError("INVALID", undefined, { status: [`A ticket that is "${STATUS_WORDS[ticket.status]}" cannot be moved to "${STATUS_WORDS[input.status]}".`] });
  }
  const to = input.status;
  await db.$transaction(async (tx) => {
    await updateAtVersion(tx, ticket, { status: to, ...(to === "RESOLVED" ? { resolvedAt: now } : {}), ...(to === "REOPENED" ? { resolvedAt: null } : {}) }, now);
    // Any status staff set by hand is a response the reporter can see (lifecycle: no manual NEW or ASSIGNED).
    await tx.ticket.updateMany({ where: { id: ticket.id, firstResponseAt: null }, data: { firstResponseAt: now, updatedAt: now } });
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.userId, type: "STATUS_CHANGED", createdAt: now, data: { from: ticket.status, to } }, select: { id: true } });
    await recordStatusChange(tx, { ticketId: ticket.id, from: ticket.status, to, byStaff: true }, now);
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.status_changed", entityType: "Ticket", entityId: ticket.id, details: { from: ticket.status, to } }, now);
    await notifyRequester(tx, { ticket: { ...ticket, status: to }, kind: "STATUS_CHANGED", actorId: actor.userId }, now);
  });
  kickEmailDelivery();
  return { version: ticket.version + 1 };
}

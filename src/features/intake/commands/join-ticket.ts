import type { Actor } from "@/domain/authz/actor";
import { isOpen } from "@/domain/tickets/status";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { ticketsVisibleTo } from "@/features/tickets/visibility";
import { offerable } from "../offer-scope";

type Input = {
  actor: Actor;
  ticketId: string;
  now: Date;
  /** What and where the clinician said the problem is (the form's answers); the place defaults to their home unit. */
  categoryId: string;
  nearLocationId?: string;
};

export type JoinTicketResult = { ticketId: string; joined: boolean };

/**
 * "This affects me too": adds the actor to an open ticket as someone affected, so they follow it instead of
 * filing a duplicate. The server applies again exactly the rule the offer used (same category, open, filed in
 * the last hours, in the same building as the problem or hospital-wide), so a ticket id from anywhere else
 * cannot be joined. Joining twice changes nothing.
 */
export async function joinTicket({ actor, ticketId, now, categoryId, nearLocationId }: Input): Promise<JoinTicketResult> {
  assertCan(actor, "ticket:join");
  // Closed ones are found too, to say "just closed" rather than "not found".
  const offered = { ...(await offerable({ categoryId, locationId: nearLocationId ?? actor.homeUnitId, now })), status: undefined };
  const ticket = await db.ticket.findFirst({
    where: { id: ticketId, OR: [ticketsVisibleTo(actor), offered] },
    select: { id: true, status: true, requesterId: true },
  });
  // Out of reach and nonexistent look the same: a ticket id reveals nothing about tickets elsewhere.
  if (!ticket) throw new AppError("NOT_FOUND", "We could not find that problem near you. Report it as a new one.");
  if (!isOpen(ticket.status)) {
    throw new AppError("CONFLICT", "That problem has just been closed. If it is still happening, report it as a new one.");
  }
  if (ticket.requesterId === actor.userId) return { ticketId: ticket.id, joined: false };

  return db.$transaction(async (tx) => {
    // skipDuplicates makes a double click or two tabs a no-op instead of a unique-key error.
    const added = await tx.ticketAffectedUser.createMany({
      data: [{ ticketId: ticket.id, userId: actor.userId, createdAt: now }],
      skipDuplicates: true,
    });
    if (added.count === 0) return { ticketId: ticket.id, joined: false };
    await tx.ticketEvent.create({
      data: { ticketId: ticket.id, actorId: actor.userId, type: "AFFECTED_USER_ADDED", createdAt: now },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.joined", entityType: "Ticket", entityId: ticket.id }, now);
    return { ticketId: ticket.id, joined: true };
  });
}

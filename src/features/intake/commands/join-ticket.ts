import type { Actor } from "@/domain/authz/actor";
import { isOpen } from "@/domain/tickets/status";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { ticketsVisibleTo } from "@/features/tickets/visibility";
import { offerableNear } from "../offer-scope";

type Input = {
  actor: Actor;
  ticketId: string;
  now: Date;
  /** Where the clinician said the problem is (the form's location); defaults to their home unit. */
  nearLocationId?: string;
};

export type JoinTicketResult = { ticketId: string; joined: boolean };

/**
 * "This affects me too": adds the actor to an open ticket as someone affected, so they follow it instead of
 * filing a duplicate. The server checks again what the offer showed: the ticket is open, and either theirs
 * already or in the same building as the problem (or hospital-wide). Joining twice changes nothing.
 */
export async function joinTicket({ actor, ticketId, now, nearLocationId }: Input): Promise<JoinTicketResult> {
  assertCan(actor, "ticket:join");
  const offerable = await offerableNear(nearLocationId ?? actor.homeUnitId);
  const ticket = await db.ticket.findFirst({
    where: { id: ticketId, OR: [ticketsVisibleTo(actor), offerable] },
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

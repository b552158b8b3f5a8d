import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { isUuid } from "@/features/tickets/queries";
import { ticketsWorkableBy } from "@/features/tickets/visibility";
import { formatWhen } from "@/lib/time";
import { env } from "@/env";

type Input = { actor: Actor; ticketId: string; now: Date };

export type ClaimResult = { version: number };

/**
 * "I'll take it": the first technician to claim an unassigned ticket of their team gets it. The update is
 * conditional on nobody having it, so of many simultaneous claims exactly one changes the row; the others get a
 * conflict naming who took it and when. A claim is not a response to the reporter (the SLA clock keeps running
 * until someone replies or starts work).
 */
export async function claimTicket({ actor, ticketId, now }: Input): Promise<ClaimResult> {
  assertCan(actor, "ticket:claim");
  const ticket = isUuid(ticketId)
    ? await db.ticket.findFirst({ where: { AND: [ticketsWorkableBy(actor), { id: ticketId }] }, select: { id: true, status: true } })
    : null;
  if (!ticket) throw new AppError("NOT_FOUND", "We could not find that ticket in your teams' work.");
  if (ticket.status === "RESOLVED" || ticket.status === "CLOSED") throw new AppError("INVALID", "This ticket is already fixed.");

  const claimed = await db.$transaction(async (tx) => {
    const updated = await tx.$queryRaw<{ version: number }[]>`
      UPDATE "Ticket"
      SET "assigneeId" = ${actor.userId}::uuid,
          "status" = CASE WHEN "status" = 'NEW' THEN 'ASSIGNED'::"TicketStatus" ELSE "status" END,
          "version" = "version" + 1,
          "updatedAt" = ${now}
      WHERE "id" = ${ticket.id}::uuid AND "assigneeId" IS NULL AND "status" NOT IN ('RESOLVED', 'CLOSED')
      RETURNING "version"`;
    const row = updated[0];
    if (!row) return null;
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.userId, type: "CLAIMED", createdAt: now, data: { assigneeId: actor.userId } }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.claimed", entityType: "Ticket", entityId: ticket.id }, now);
    return row;
  });
  if (claimed) return { version: claimed.version };
  throw new AppError("CONFLICT", await takenBy(ticket.id, actor, now));
}

/** Who has the ticket now, in words for the technician who lost the race. */
async function takenBy(ticketId: string, actor: Actor, now: Date): Promise<string> {
  const current = await db.ticket.findUnique({
    where: { id: ticketId },
    select: { assignee: { select: { id: true, displayName: true } }, events: { where: { type: { in: ["CLAIMED", "ASSIGNED"] } }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } } },
  });
  const assignee = current?.assignee;
  if (!assignee) return "This ticket changed while you were claiming it. Here is the latest.";
  if (assignee.id === actor.userId) return "You already have this ticket.";
  const when = current.events[0]?.createdAt;
  return `${assignee.displayName} took this ticket${when ? ` ${formatWhen(when, now, env().HOSPITAL_TIME_ZONE)}` : ""}.`;
}

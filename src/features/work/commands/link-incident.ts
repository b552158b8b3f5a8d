import type { Actor } from "@/domain/authz/actor";
import { formatTicketNumber } from "@/lib/ticket-number";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { notifyRequester } from "@/features/notifications/enqueue";
import { kickEmailDelivery } from "@/features/notifications/delivery";
import type { TLinkIncident } from "../schemas";
import { assertOpen, loadWorkableTicket, updateAtVersion } from "./workable";

type Input = { actor: Actor; input: TLinkIncident; now: Date };

/**
 * Marks a ticket as one more report of an outage IT already handles as a major incident, so it is fixed and
 * counted with the others. Only open outages take reports; a ticket belongs to one outage at most.
 */
export async function linkIncident({ actor, input, now }: Input): Promise<{ version: number; title: string }> {
  assertCan(actor, "outage:confirm");
  const ticket = await loadWorkableTicket(actor, input.ticketId, input.version);
  assertOpen(ticket, "linking it to an outage");
  const incident = await db.majorIncident.findFirst({ where: { id: input.incidentId, status: "OPEN" }, select: { id: true, title: true } });
  if (!incident) throw new AppError("INVALID", undefined, { incidentId: ["That outage is over or no longer exists. Choose an open one."] });
  if (ticket.majorIncidentId) {
    const message = ticket.majorIncidentId === incident.id ? "This ticket is already part of that outage." : "This ticket is already part of another outage.";
    throw new AppError("INVALID", undefined, { incidentId: [message] });
  }

  const version = await db.$transaction(async (tx) => {
    const next = await updateAtVersion(tx, ticket, { majorIncidentId: incident.id }, now);
    await tx.ticketEvent.create({
      data: { ticketId: ticket.id, actorId: actor.userId, type: "MAJOR_INCIDENT_LINKED", createdAt: now, data: { incidentId: incident.id, title: incident.title } },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.incident_linked", entityType: "Ticket", entityId: ticket.id, details: { incidentId: incident.id } }, now);
    const title = `${formatTicketNumber(ticket.number)} is part of a known outage that IT is fixing`;
    await notifyRequester(tx, { ticket, kind: "STATUS_CHANGED", actorId: actor.userId, title }, now);
    return next;
  });
  kickEmailDelivery();
  return { version, title: incident.title };
}

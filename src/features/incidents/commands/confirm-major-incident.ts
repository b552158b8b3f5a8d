import type { Actor } from "@/domain/authz/actor";
import { proposeIncidents } from "@/domain/incidents/cluster";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadClusterTickets } from "../queries";
import type { TConfirmIncident } from "../schemas";

type Input = { actor: Actor; input: TConfirmIncident; now: Date };

const STALE = "These reports no longer form one outage (some were closed or linked). Reload the page to see the current proposals.";

/**
 * Turns a proposal into a major incident: re-checks on the server that the chosen reports still cluster
 * (open, unlinked, same category and building), then creates the incident, links the reports, and writes
 * their timeline events and one audit row in one transaction.
 */
export async function confirmMajorIncident({ actor, input, now }: Input): Promise<{ incidentId: string; linked: number }> {
  assertCan(actor, "outage:confirm");
  const wanted = [...new Set(input.ticketIds)];
  return db.$transaction(async (tx) => {
    const tickets = await loadClusterTickets(now, tx, { ids: wanted });
    // Clustering only the chosen tickets must give back exactly one group holding all of them.
    const [proposal, ...others] = proposeIncidents(tickets, { now });
    if (!proposal || others.length > 0 || proposal.ticketIds.length !== wanted.length) throw new AppError("CONFLICT", STALE);
    const incident = await tx.majorIncident.create({
      data: { title: input.title, publicMessage: input.publicMessage, categoryId: proposal.categoryId, buildingId: proposal.buildingId, declaredById: actor.userId, createdAt: now },
      select: { id: true },
    });
    const linked = await tx.ticket.updateMany({
      where: { id: { in: wanted }, majorIncidentId: null },
      data: { majorIncidentId: incident.id, version: { increment: 1 }, updatedAt: now },
    });
    // Someone linked one of them between our read and write: refuse the whole thing rather than half-link.
    if (linked.count !== wanted.length) throw new AppError("CONFLICT", STALE);
    await tx.ticketEvent.createMany({
      data: wanted.map((ticketId) => ({ ticketId, actorId: actor.userId, type: "MAJOR_INCIDENT_LINKED" as const, createdAt: now, data: { title: input.title } })),
    });
    await writeAudit(tx, { actorId: actor.userId, action: "incident.confirmed", entityType: "MajorIncident", entityId: incident.id, details: { ticketIds: wanted.join(","), count: wanted.length } }, now);
    return { incidentId: incident.id, linked: linked.count };
  });
}

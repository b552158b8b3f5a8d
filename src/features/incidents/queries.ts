import type { Actor } from "@/domain/authz/actor";
import { DEFAULT_WINDOW_MS, isHospitalWide, proposeIncidents, type ClusterTicket, type IncidentProposal } from "@/domain/incidents/cluster";
import { OPEN_STATUSES } from "@/domain/tickets/status";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { locationPath } from "@/features/locations/queries";
import { matchingOpenIncident, type MatchingIncident } from "./match";
import type { Db, Tx } from "@/server/prisma-client";

type Client = Db | Tx;
type BuildingRow = { locationId: string; buildingId: string | null; buildingName: string | null };

/** The building above each location, in one recursive query (a place above building level has none). */
export async function buildingsOf(locationIds: readonly string[], client: Client = db): Promise<Map<string, { id: string; name: string } | null>> {
  const ids = [...new Set(locationIds)];
  if (ids.length === 0) return new Map();
  const rows = await client.$queryRaw<BuildingRow[]>`
    WITH RECURSIVE up AS (
      SELECT l.id AS "start", l.id, l."parentId", l.kind::text AS kind, l.name FROM "Location" l WHERE l.id = ANY(${ids}::uuid[])
      UNION ALL
      SELECT up."start", p.id, p."parentId", p.kind::text, p.name FROM "Location" p JOIN up ON p.id = up."parentId"
    )
    SELECT s.id AS "locationId", b.id AS "buildingId", b.name AS "buildingName"
    FROM unnest(${ids}::uuid[]) AS s(id)
    LEFT JOIN up b ON b."start" = s.id AND b.kind = 'BUILDING'`;
  return new Map(rows.map((r) => [r.locationId, r.buildingId && r.buildingName ? { id: r.buildingId, name: r.buildingName } : null]));
}

/** Open, unlinked reports of the last window, in the shape the pure clustering takes. */
type LoadedTicket = ClusterTicket & { number: number; summary: string };

export async function loadClusterTickets(now: Date, client: Client = db, where: { ids?: string[] } = {}): Promise<LoadedTicket[]> {
  const tickets = await client.ticket.findMany({
    where: {
      status: { in: [...OPEN_STATUSES] },
      majorIncidentId: null,
      createdAt: { gte: new Date(now.getTime() - DEFAULT_WINDOW_MS), lte: now },
      ...(where.ids ? { id: { in: where.ids } } : {}),
    },
    select: { id: true, number: true, summary: true, impact: true, createdAt: true, majorIncidentId: true, locationId: true, category: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const buildings = await buildingsOf(tickets.map((t) => t.locationId), client);
  return tickets.map((t) => {
    const building = buildings.get(t.locationId) ?? null;
    return {
      id: t.id,
      number: t.number,
      summary: t.summary,
      categoryId: t.category.id,
      categoryName: t.category.name,
      buildingId: building?.id ?? null,
      buildingName: building?.name ?? null,
      hospitalWide: isHospitalWide(t.impact),
      createdAt: t.createdAt,
      majorIncidentId: t.majorIncidentId,
    };
  });
}

export type ProposalWithReports = IncidentProposal & { reports: { id: string; number: number; summary: string }[] };

export async function proposedIncidents(actor: Actor, now: Date): Promise<ProposalWithReports[]> {
  assertCan(actor, "outage:confirm");
  const tickets = await loadClusterTickets(now);
  const byId = new Map(tickets.map((t) => [t.id, { id: t.id, number: t.number, summary: t.summary }]));
  return proposeIncidents(tickets, { now }).map((proposal) => ({
    ...proposal,
    reports: proposal.ticketIds.flatMap((id) => byId.get(id) ?? []),
  }));
}

export type OpenIncident = { id: string; title: string; publicMessage: string; createdAt: Date; ticketCount: number };

export async function openIncidents(actor: Actor): Promise<OpenIncident[]> {
  assertCan(actor, "outage:confirm");
  const rows = await db.majorIncident.findMany({
    where: { status: "OPEN" },
    select: { id: true, title: true, publicMessage: true, createdAt: true, _count: { select: { tickets: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, ticketCount: _count.tickets }));
}

/** The open outage a report of this category at this place would join, for the "Known issue" notice. */
export async function knownIssueFor(actor: Actor, query: { categoryId: string; locationId: string }): Promise<MatchingIncident | null> {
  assertCan(actor, "ticket:create");
  const path = await locationPath(query.locationId);
  if (path.length === 0) return null;
  return matchingOpenIncident(query.categoryId, path.map((step) => step.id));
}

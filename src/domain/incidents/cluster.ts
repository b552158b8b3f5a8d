// Groups recent reports that look like one outage, so a technician can confirm a major incident in one step
// instead of working the same problem N times. Pure: the caller loads the tickets.

export type ClusterTicket = {
  id: string;
  categoryId: string;
  categoryName: string;
  /** The building the report came from; null when the place is above building level. */
  buildingId: string | null;
  buildingName: string | null;
  /** Several units affected: the outage is probably not tied to one building. */
  hospitalWide: boolean;
  createdAt: Date;
  majorIncidentId: string | null;
};

export type IncidentProposal = {
  categoryId: string;
  /** null = hospital-wide. */
  buildingId: string | null;
  ticketIds: string[];
  title: string;
};

export const DEFAULT_THRESHOLD = 3;
export const DEFAULT_WINDOW_MS = 30 * 60_000;

type Options = { now: Date; threshold?: number; windowMs?: number };

export function proposeIncidents(tickets: readonly ClusterTicket[], { now, threshold = DEFAULT_THRESHOLD, windowMs = DEFAULT_WINDOW_MS }: Options): IncidentProposal[] {
  const since = now.getTime() - windowMs;
  const recent = tickets.filter((t) => t.majorIncidentId === null && t.createdAt.getTime() >= since && t.createdAt.getTime() <= now.getTime());
  const groups = new Map<string, ClusterTicket[]>();
  for (const ticket of recent) {
    // A hospital-wide report joins its category's hospital-wide group; others group by category and building.
    const buildingId = ticket.hospitalWide ? null : ticket.buildingId;
    if (!ticket.hospitalWide && buildingId === null) continue;
    const key = `${ticket.categoryId}|${buildingId ?? "*"}`;
    groups.set(key, [...(groups.get(key) ?? []), ticket]);
  }
  const proposals: IncidentProposal[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (!first || group.length < threshold) continue;
    const buildingId = first.hospitalWide ? null : first.buildingId;
    const place = buildingId === null ? "hospital-wide" : (first.buildingName ?? "one building");
    proposals.push({
      categoryId: first.categoryId,
      buildingId,
      ticketIds: group.map((t) => t.id),
      title: `${first.categoryName} — ${place}, ${group.length} reports`,
    });
  }
  return proposals.sort((a, b) => b.ticketIds.length - a.ticketIds.length);
}

/** Whether a ticket's impact makes it a hospital-wide report. */
export function isHospitalWide(impact: string): boolean {
  return impact === "MULTIPLE_UNITS";
}

// Which on-shift technician takes a new ticket: whoever has the fewest open tickets; among equals, whoever has
// waited longest since their last one (never-assigned first), then the user id so the choice is repeatable.

export type Candidate = { userId: string; openTickets: number; lastAssignedAt: Date | null };

function compare(a: Candidate, b: Candidate): number {
  if (a.openTickets !== b.openTickets) return a.openTickets - b.openTickets;
  const aTime = a.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const bTime = b.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (aTime !== bTime) return aTime < bTime ? -1 : 1;
  return a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
}

export function pickLeastLoaded(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) if (best === null || compare(candidate, best) < 0) best = candidate;
  return best;
}

export type PolicyCandidate = {
  id: string;
  priority: "P1" | "P2" | "P3" | "P4";
  categoryId: string | null;
  teamId: string | null;
  active: boolean;
};
type Ticket<P extends PolicyCandidate> = { priority: P["priority"]; categoryPath: readonly string[]; teamId: string | null };
type Rank = { tier: number; distance: number };

// Tier first (category+team 3, category 2, team 1, priority only 0), then the nearer category; null = no match.
function rank(policy: PolicyCandidate, ticket: Ticket<PolicyCandidate>): Rank | null {
  if (!policy.active || policy.priority !== ticket.priority) return null;
  if (policy.teamId !== null && policy.teamId !== ticket.teamId) return null;
  const distance = policy.categoryId === null ? 0 : ticket.categoryPath.indexOf(policy.categoryId);
  if (distance < 0) return null;
  const tier = (policy.categoryId !== null ? 2 : 0) + (policy.teamId !== null ? 1 : 0);
  return { tier, distance };
}

function better(a: Rank, b: Rank): boolean {
  return a.tier !== b.tier ? a.tier > b.tier : a.distance < b.distance;
}

/** Most specific active policy for the ticket: category+team > category > team > priority only. categoryPath = the ticket's category then its ancestors (nearest first); a policy on an ancestor category matches, nearer beats farther. null if none. */
export function choosePolicy<P extends PolicyCandidate>(
  policies: readonly P[],
  ticket: { priority: P["priority"]; categoryPath: readonly string[]; teamId: string | null },
): P | null {
  let best: { policy: P; rank: Rank } | null = null;
  for (const policy of policies) {
    const r = rank(policy, ticket);
    // Equal ranks keep the lower id so the choice does not depend on the order rows came back in.
    if (r && (!best || better(r, best.rank) || (!better(best.rank, r) && policy.id < best.policy.id))) {
      best = { policy, rank: r };
    }
  }
  return best?.policy ?? null;
}

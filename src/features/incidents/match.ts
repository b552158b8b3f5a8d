import type { Db, Tx } from "@/server/prisma-client";
import { db } from "@/server/db";

export type MatchingIncident = { id: string; title: string; publicMessage: string; ticketCount: number };

/**
 * The open major incident a new report of this category at this place belongs to: one for its building
 * (a building id on the place's path) or one hospital-wide for the category. One query.
 */
export async function matchingOpenIncident(categoryId: string, locationPathIds: readonly string[], client: Db | Tx = db): Promise<MatchingIncident | null> {
  const found = await client.majorIncident.findFirst({
    where: { status: "OPEN", categoryId, OR: [{ buildingId: null }, { buildingId: { in: [...locationPathIds] } }] },
    // A building's own incident is more specific than a hospital-wide one.
    orderBy: [{ buildingId: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    select: { id: true, title: true, publicMessage: true, _count: { select: { tickets: true } } },
  });
  if (!found) return null;
  const { _count, ...incident } = found;
  return { ...incident, ticketCount: _count.tickets };
}

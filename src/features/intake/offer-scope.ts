import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { OPEN_STATUSES } from "@/domain/tickets/status";
import { locationPath } from "@/features/locations/queries";

// "Affects me too" shows a clinician open tickets they could not otherwise see, so what may be offered is one
// rule used by both the offer (similarOpenTickets) and the join (joinTicket): tickets in the same building as
// the place the problem is, or reported as affecting several units or the whole hospital.

/**
 * The ids of the building around `locationId` and of everything in it. Only a unit or a room anchors a
 * search: naming a whole campus or building must not widen the offer to everything in it.
 */
async function sameBuildingLocationIds(locationId: string): Promise<string[]> {
  const path = await locationPath(locationId);
  const place = path.at(-1);
  if (!place || (place.kind !== "UNIT" && place.kind !== "ROOM")) return [];
  const anchor = path.find((step) => step.kind === "BUILDING") ?? place;
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE inside AS (
      SELECT id, 0 AS depth FROM "Location" WHERE id = ${anchor.id}::uuid
      UNION ALL
      SELECT l.id, inside.depth + 1 FROM "Location" l JOIN inside ON l."parentId" = inside.id WHERE inside.depth < 10
    )
    SELECT id FROM inside`;
  return rows.map((row) => row.id);
}

export const SIMILAR_WINDOW_HOURS = 12;

/**
 * Tickets that may be offered to someone reporting a problem of `categoryId` at `locationId` (null:
 * hospital-wide ones only): open, of that category, filed in the last hours, nearby or hospital-wide.
 */
export async function offerable(
  { categoryId, locationId, now }: { categoryId: string; locationId: string | null; now: Date },
): Promise<Prisma.TicketWhereInput> {
  const hospitalWide: Prisma.TicketWhereInput = { impact: "MULTIPLE_UNITS" };
  const nearby = locationId ? await sameBuildingLocationIds(locationId) : [];
  return {
    categoryId,
    status: { in: [...OPEN_STATUSES] },
    createdAt: { gte: new Date(now.getTime() - SIMILAR_WINDOW_HOURS * 3_600_000), lte: now },
    OR: [{ locationId: { in: nearby } }, hospitalWide],
  };
}

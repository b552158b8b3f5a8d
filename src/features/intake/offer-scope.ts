import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { locationPath } from "@/features/locations/queries";

// "Affects me too" shows a clinician open tickets they could not otherwise see, so what may be offered is one
// rule used by both the offer (similarOpenTickets) and the join (joinTicket): tickets in the same building as
// the place the problem is, or reported as affecting several units or the whole hospital.

/** The ids of the building around `locationId` and of everything in it (the location itself if it has no building). */
async function sameBuildingLocationIds(locationId: string): Promise<string[]> {
  const path = await locationPath(locationId);
  const anchor = path.find((step) => step.kind === "BUILDING") ?? path.at(-1);
  if (!anchor) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE inside AS (
      SELECT id, 0 AS depth FROM "Location" WHERE id = ${anchor.id}::uuid
      UNION ALL
      SELECT l.id, inside.depth + 1 FROM "Location" l JOIN inside ON l."parentId" = inside.id WHERE inside.depth < 10
    )
    SELECT id FROM inside`;
  return rows.map((row) => row.id);
}

/** Tickets that may be offered to someone reporting a problem at `locationId` (null: hospital-wide ones only). */
export async function offerableNear(locationId: string | null): Promise<Prisma.TicketWhereInput> {
  const hospitalWide: Prisma.TicketWhereInput = { impact: "MULTIPLE_UNITS" };
  if (!locationId) return hospitalWide;
  const nearby = await sameBuildingLocationIds(locationId);
  return { OR: [{ locationId: { in: nearby } }, hospitalWide] };
}

import type { Actor } from "@/domain/authz/actor";
import { db } from "@/server/db";
import type { Db, Tx } from "@/server/prisma-client";

export type LocationStep = { id: string; kind: string; name: string; criticalCare: boolean };

/**
 * The location and its ancestors, campus first ("Riverside Medical Center › Main Tower › Floor 4 › 4 West
 * Med-Surg › Room 412"). One recursive query however deep the tree is.
 */
export async function locationPath(locationId: string, client: Db | Tx = db): Promise<LocationStep[]> {
  const rows = await client.$queryRaw<(LocationStep & { depth: number })[]>`
    WITH RECURSIVE path AS (
      SELECT id, "parentId", kind::text AS kind, name, "criticalCare", 0 AS depth FROM "Location" WHERE id = ${locationId}::uuid
      UNION ALL
      SELECT l.id, l."parentId", l.kind::text, l.name, l."criticalCare", path.depth + 1
      FROM "Location" l JOIN path ON l.id = path."parentId" WHERE path.depth < 10
    )
    SELECT id, kind, name, "criticalCare", depth FROM path ORDER BY depth DESC`;
  return rows.map(({ id, kind, name, criticalCare }) => ({ id, kind, name, criticalCare }));
}

export function describePath(path: readonly LocationStep[]): string {
  return path.map((step) => step.name).join(" › ");
}

export type LocationOption = { id: string; kind: string; name: string; parentId: string | null; criticalCare: boolean };

/** Every active location, for pickers: a few hundred rows in a large hospital, cheap to send once. */
export async function activeLocations(_actor: Actor): Promise<LocationOption[]> {
  // Location names are not sensitive: every signed-in role may read the directory.
  return db.location.findMany({
    where: { active: true },
    select: { id: true, kind: true, name: true, parentId: true, criticalCare: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}

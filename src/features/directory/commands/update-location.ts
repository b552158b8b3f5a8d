import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TLocationForm } from "../schemas";

type Input = { actor: Actor; input: TLocationForm; now: Date };

/**
 * Renames, (de)activates or marks a unit critical-care. An inactive place drops out of the intake pickers;
 * its tickets keep pointing at it. The audit row names the changed fields only.
 */
export async function updateLocation({ actor, input, now }: Input): Promise<{ changed: string[] }> {
  assertCan(actor, "directory:manage");
  return db.$transaction(async (tx) => {
    const current = await tx.location.findUnique({ where: { id: input.locationId }, select: { kind: true, name: true, criticalCare: true, active: true } });
    if (!current) throw new AppError("NOT_FOUND", "That place does not exist. Reload the page.");
    // Triage reads critical care from the unit only: a flag on a room or floor would do nothing.
    const next = { name: input.name, active: input.active, criticalCare: current.kind === "UNIT" ? input.criticalCare : current.criticalCare };
    const changed = (["name", "criticalCare", "active"] as const).filter((field) => current[field] !== next[field]);
    if (changed.length === 0) return { changed };
    await tx.location.updateMany({ where: { id: input.locationId }, data: Object.fromEntries(changed.map((field) => [field, next[field]])) });
    await writeAudit(tx, { actorId: actor.userId, action: "location.updated", entityType: "Location", entityId: input.locationId, details: { kind: current.kind, fields: changed.join(",") } }, now);
    return { changed };
  });
}

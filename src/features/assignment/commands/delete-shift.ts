import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import type { TDeleteRotaEntry } from "../schemas";

type Input = { actor: Actor; input: TDeleteRotaEntry; now: Date };

/** Removes a shift; returns false when it was already gone (a double click writes one audit row). */
export async function deleteShift({ actor, input, now }: Input): Promise<boolean> {
  assertCan(actor, "directory:manage");
  return db.$transaction(async (tx) => {
    const shift = await tx.teamShift.findUnique({ where: { id: input.id }, select: { teamId: true, userId: true, weekday: true, startMinute: true, endMinute: true } });
    if (!shift) return false;
    const removed = await tx.teamShift.deleteMany({ where: { id: input.id } });
    if (removed.count === 0) return false;
    await writeAudit(tx, { actorId: actor.userId, action: "shift.deleted", entityType: "TeamShift", entityId: input.id, details: shift }, now);
    return true;
  });
}

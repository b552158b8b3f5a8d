import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import type { TDeleteRotaEntry } from "../schemas";

type Input = { actor: Actor; input: TDeleteRotaEntry; now: Date };

/** Removes an on-call period; returns false when it was already gone. */
export async function deleteOnCall({ actor, input, now }: Input): Promise<boolean> {
  assertCan(actor, "directory:manage");
  return db.$transaction(async (tx) => {
    const period = await tx.onCallAssignment.findUnique({ where: { id: input.id }, select: { teamId: true, userId: true, startsAt: true, endsAt: true } });
    if (!period) return false;
    const removed = await tx.onCallAssignment.deleteMany({ where: { id: input.id } });
    if (removed.count === 0) return false;
    const details = { teamId: period.teamId, userId: period.userId, startsAt: period.startsAt.toISOString(), endsAt: period.endsAt.toISOString() };
    await writeAudit(tx, { actorId: actor.userId, action: "on_call.deleted", entityType: "OnCallAssignment", entityId: input.id, details }, now);
    return true;
  });
}

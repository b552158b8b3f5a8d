import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import type { TAddOnCall } from "../schemas";
import { assertRotaMember } from "./membership";

type Input = { actor: Actor; input: TAddOnCall; now: Date };

/**
 * Puts a member on call for a period. Overlaps are allowed on purpose (a hand-over, a backup); when periods
 * overlap, the one that started last is paged.
 */
export async function addOnCall({ actor, input, now }: Input): Promise<{ id: string }> {
  assertCan(actor, "directory:manage");
  return db.$transaction(async (tx) => {
    await assertRotaMember(tx, input.teamId, input.userId);
    const period = await tx.onCallAssignment.create({
      data: { teamId: input.teamId, userId: input.userId, startsAt: input.from, endsAt: input.to, createdById: actor.userId, createdAt: now },
      select: { id: true },
    });
    await writeAudit(
      tx,
      { actorId: actor.userId, action: "on_call.created", entityType: "OnCallAssignment", entityId: period.id, details: { teamId: input.teamId, userId: input.userId, startsAt: input.from.toISOString(), endsAt: input.to.toISOString() } },
      now,
    );
    return period;
  });
}

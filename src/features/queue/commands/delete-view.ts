import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

type Input = { actor: Actor; viewId: string; now: Date };

/** Deletes one of the actor's own views; someone else's view is "not found", never deleted. */
export async function deleteQueueView({ actor, viewId, now }: Input): Promise<void> {
  assertCan(actor, "queue:read");
  await db.$transaction(async (tx) => {
    const { count } = await tx.savedQueueView.deleteMany({ where: { id: viewId, userId: actor.userId } });
    if (count === 0) throw new AppError("NOT_FOUND", "That view was already deleted.");
    await writeAudit(tx, { actorId: actor.userId, action: "queue.view_deleted", entityType: "SavedQueueView", entityId: viewId }, now);
  });
}

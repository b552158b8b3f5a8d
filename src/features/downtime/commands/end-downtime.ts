import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TEndDowntime } from "../schemas";

type Input = { actor: Actor; input: TEndDowntime; now: Date };

/**
 * Ends a downtime. Conditional on it still running, so two managers ending it at once (or a double click)
 * write one audit row. Returns false if it had already ended.
 */
export async function endDowntime({ actor, input, now }: Input): Promise<boolean> {
  assertCan(actor, "outage:declare");
  return db.$transaction(async (tx) => {
    const ended = await tx.downtime.updateMany({ where: { id: input.downtimeId, endedAt: null }, data: { endedAt: now, endedById: actor.userId } });
    if (ended.count === 0) {
      const exists = await tx.downtime.count({ where: { id: input.downtimeId } });
      if (!exists) throw new AppError("NOT_FOUND", "That downtime does not exist.");
      return false;
    }
    await writeAudit(tx, { actorId: actor.userId, action: "downtime.ended", entityType: "Downtime", entityId: input.downtimeId }, now);
    return true;
  });
}

import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TSettingsForm } from "../schemas";

type Input = { actor: Actor; input: TSettingsForm; now: Date };

/**
 * Which statuses stop the clocks. A pause is recorded when a ticket changes status, so the new choice applies from
 * each ticket's next status change; a ticket already waiting keeps the state it entered with.
 */
export async function updateSlaSettings({ actor, input, now }: Input): Promise<void> {
  assertCan(actor, "sla:configure");
  const pauseStatuses = [...new Set(input.pauseStatuses)].sort();
  await db.$transaction(async (tx) => {
    const updated = await tx.slaSettings.updateMany({ where: { id: 1, version: input.version }, data: { pauseStatuses, version: { increment: 1 } } });
    if (updated.count === 0) {
      throw new AppError("CONFLICT", "Someone else changed these settings while you were editing them. Reload the page to see theirs, then choose again.");
    }
    await writeAudit(tx, { actorId: actor.userId, action: "sla.settings_updated", entityType: "SlaSettings", entityId: "1", details: { pauseStatuses: pauseStatuses.join(","), version: input.version + 1 } }, now);
  });
}

import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TPolicyForm, TRef } from "../schemas";
import { policyAuditDetails, policyData } from "./policy-rules";

type Input = { actor: Actor; ref: TRef; input: TPolicyForm; now: Date };

export const STALE_POLICY = "Someone else changed this policy while you were editing it. What you typed is still below: open the policy again to see their version, then save yours.";

/** Replaces a policy's scope and targets if nobody changed it since the manager opened it. */
export async function updateSlaPolicy({ actor, ref, input, now }: Input): Promise<void> {
  assertCan(actor, "sla:configure");
  await db.$transaction(async (tx) => {
    const data = await policyData(tx, input, ref.id);
    const updated = await tx.slaPolicy.updateMany({ where: { id: ref.id, version: ref.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) {
      const exists = await tx.slaPolicy.count({ where: { id: ref.id } });
      throw exists ? new AppError("CONFLICT", STALE_POLICY) : new AppError("NOT_FOUND", "That policy no longer exists.");
    }
    await writeAudit(tx, { actorId: actor.userId, action: "sla.policy_updated", entityType: "SlaPolicy", entityId: ref.id, details: { ...policyAuditDetails(data), version: ref.version + 1 } }, now);
  });
}

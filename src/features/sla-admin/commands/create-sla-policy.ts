import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import type { TPolicyForm } from "../schemas";
import { policyAuditDetails, policyData } from "./policy-rules";

type Input = { actor: Actor; input: TPolicyForm; now: Date };

/** Adds a policy; tickets filed or re-prioritised from now on pick it up, running clocks keep the target they started with. */
export async function createSlaPolicy({ actor, input, now }: Input): Promise<{ id: string }> {
  assertCan(actor, "sla:configure");
  return db.$transaction(async (tx) => {
    const data = await policyData(tx, input);
    const policy = await tx.slaPolicy.create({ data, select: { id: true } });
    await writeAudit(tx, { actorId: actor.userId, action: "sla.policy_created", entityType: "SlaPolicy", entityId: policy.id, details: policyAuditDetails(data) }, now);
    return policy;
  });
}

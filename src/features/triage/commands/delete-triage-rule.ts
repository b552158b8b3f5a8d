import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TRuleRef } from "../schemas";

type Input = { actor: Actor; ref: TRuleRef; now: Date };

/** Deletes the rule the admin saw (same version); tickets it already routed keep their explanation. */
export async function deleteTriageRule({ actor, ref, now }: Input): Promise<void> {
  assertCan(actor, "triage:configure");
  await db.$transaction(async (tx) => {
    const deleted = await tx.triageRule.deleteMany({ where: { id: ref.ruleId, version: ref.version } });
    if (deleted.count === 0) {
      const exists = await tx.triageRule.count({ where: { id: ref.ruleId } });
      if (!exists) return; // already gone: a double click deletes once
      throw new AppError("CONFLICT", "Someone else changed this rule. Reload the page before deleting it.");
    }
    await writeAudit(tx, { actorId: actor.userId, action: "triage.rule_deleted", entityType: "TriageRule", entityId: ref.ruleId }, now);
  });
}

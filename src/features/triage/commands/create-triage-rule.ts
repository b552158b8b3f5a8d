import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { conditionsFromForm, type TRuleForm } from "../schemas";
import { actionsFromForm } from "./rule-actions";

type Input = { actor: Actor; input: TRuleForm; now: Date };

/** Adds a rule at the end of the list, enabled: it applies to the next ticket filed. */
export async function createTriageRule({ actor, input, now }: Input): Promise<{ id: string; position: number }> {
  assertCan(actor, "triage:configure");
  return db.$transaction(async (tx) => {
    const actions = await actionsFromForm(tx, input);
    const last = await tx.triageRule.aggregate({ _max: { position: true } });
    const position = (last._max.position ?? 0) + 1;
    const rule = await tx.triageRule.create({
      data: { position, name: input.name, conditions: conditionsFromForm(input), actions, createdById: actor.userId, updatedById: actor.userId, createdAt: now, updatedAt: now },
      select: { id: true, position: true },
    });
    await writeAudit(tx, { actorId: actor.userId, action: "triage.rule_created", entityType: "TriageRule", entityId: rule.id, details: { position } }, now);
    return rule;
  });
}

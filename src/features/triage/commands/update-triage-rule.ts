import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Tx } from "@/server/prisma-client";
import { conditionsFromForm, type TRuleForm, type TRuleRef } from "../schemas";
import { actionsFromForm } from "./rule-actions";

/** Writes only if nobody changed the rule since the admin loaded it; otherwise a CONFLICT, and nothing is lost. */
export async function lockedRuleUpdate(tx: Tx, ref: TRuleRef, data: Parameters<Tx["triageRule"]["update"]>[0]["data"]): Promise<void> {
  const updated = await tx.triageRule.updateMany({ where: { id: ref.ruleId, version: ref.version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 1) return;
  const exists = await tx.triageRule.count({ where: { id: ref.ruleId } });
  throw exists ? new AppError("CONFLICT", "Someone else changed this rule while you were editing it. Reload the page to see their version.") : new AppError("NOT_FOUND", "That rule was deleted.");
}

type Input = { actor: Actor; ref: TRuleRef; input: TRuleForm; now: Date };

/** Replaces a rule's name, conditions and actions; its place in the order and on/off state stay. */
export async function updateTriageRule({ actor, ref, input, now }: Input): Promise<void> {
  assertCan(actor, "triage:configure");
  await db.$transaction(async (tx) => {
    const actions = await actionsFromForm(tx, input);
    await lockedRuleUpdate(tx, ref, { name: input.name, conditions: conditionsFromForm(input), actions, updatedById: actor.userId, updatedAt: now });
    await writeAudit(tx, { actorId: actor.userId, action: "triage.rule_updated", entityType: "TriageRule", entityId: ref.ruleId, details: { change: "edited" } }, now);
  });
}

type ToggleInput = { actor: Actor; ref: TRuleRef; enabled: boolean; now: Date };

/** Switches a rule on or off without losing it. */
export async function setTriageRuleEnabled({ actor, ref, enabled, now }: ToggleInput): Promise<void> {
  assertCan(actor, "triage:configure");
  await db.$transaction(async (tx) => {
    await lockedRuleUpdate(tx, ref, { enabled, updatedById: actor.userId, updatedAt: now });
    await writeAudit(tx, { actorId: actor.userId, action: "triage.rule_updated", entityType: "TriageRule", entityId: ref.ruleId, details: { change: enabled ? "enabled" : "disabled" } }, now);
  });
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActionActor } from "@/server/auth";
import { AppError } from "@/server/errors";
import { createTriageRule } from "./commands/create-triage-rule";
import { deleteTriageRule } from "./commands/delete-triage-rule";
import { moveTriageRule } from "./commands/move-triage-rule";
import { previewTriage } from "./commands/preview-triage";
import { updatePriorityMatrix } from "./commands/update-priority-matrix";
import { setTriageRuleEnabled, updateTriageRule } from "./commands/update-triage-rule";
import { RULE_LIST_FIELDS, ZMoveRule, ZPreview, ZRuleForm, ZRuleRef, ZUpdateMatrix, type FormValues, type MatrixFormState, type PreviewState, type RuleFormState } from "./schemas";

const PAGE = "/admin/triage";
const actor = () => requireActionActor("triage:configure", PAGE);

/** The form's values as typed, so a refused form comes back filled in; multi-selects stay lists. */
function valuesOf(form: FormData, lists: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue; // React's own action fields
    values[key] = lists.includes(key) ? form.getAll(key).map(String) : String(form.get(key) ?? "");
  }
  for (const key of lists) values[key] ??= [];
  return values;
}

/** An expected failure (stale version, a team that vanished) as a message and field errors, never a crash. */
function failure(error: unknown): { message: string; fields?: Record<string, string[]> } {
  if (!(error instanceof AppError)) throw error;
  return { message: error.message, fields: error.fields as Record<string, string[]> | undefined };
}

export async function saveRuleAction(_previous: RuleFormState, form: FormData): Promise<RuleFormState> {
  const who = await actor();
  const values = valuesOf(form, RULE_LIST_FIELDS);
  const input = ZRuleForm.safeParse(values);
  if (!input.success) {
    return { status: "error", message: "The rule was not saved. Check the fields below.", fields: z.flattenError(input.error).fieldErrors, values };
  }
  const ref = values.ruleId ? ZRuleRef.safeParse({ ruleId: values.ruleId, version: values.version }) : null;
  if (ref && !ref.success) return { status: "error", message: "That rule does not exist. Reload the page.", values };
  try {
    if (ref?.success) await updateTriageRule({ actor: who, ref: ref.data, input: input.data, now: new Date() });
    else await createTriageRule({ actor: who, input: input.data, now: new Date() });
  } catch (error) {
    return { status: "error", values, ...failure(error) };
  }
  revalidatePath(PAGE);
  redirect(PAGE);
}

export async function saveMatrixAction(_previous: MatrixFormState, form: FormData): Promise<MatrixFormState> {
  const who = await actor();
  const values = valuesOf(form);
  const input = ZUpdateMatrix.safeParse(values);
  if (!input.success) return { status: "error", message: "Choose a priority for every box.", values };
  const changed = await updatePriorityMatrix({ actor: who, input: input.data, now: new Date() });
  revalidatePath(PAGE);
  return { status: "saved", message: changed ? `Saved: ${changed} ${changed === 1 ? "box" : "boxes"} changed. New tickets use it now.` : "Nothing changed.", values };
}

/**
 * The list buttons have no form state to report into: if someone else changed the rule first (CONFLICT) or
 * deleted it, the page simply reloads showing the rule as it now is, and the admin can decide again.
 */
async function listChange(change: () => Promise<void>): Promise<void> {
  try {
    await change();
  } catch (error) {
    if (!(error instanceof AppError && (error.code === "CONFLICT" || error.code === "NOT_FOUND"))) throw error;
  }
  revalidatePath(PAGE);
}

export async function toggleRuleAction(form: FormData): Promise<void> {
  const who = await actor();
  const ref = ZRuleRef.safeParse({ ruleId: form.get("ruleId"), version: form.get("version") });
  // Ids come from our own hidden fields: a bad one means a tampered form, and there is nothing to change.
  if (!ref.success) return;
  await listChange(() => setTriageRuleEnabled({ actor: who, ref: ref.data, enabled: form.get("enabled") === "true", now: new Date() }));
}

export async function deleteRuleAction(form: FormData): Promise<void> {
  const who = await actor();
  const ref = ZRuleRef.safeParse({ ruleId: form.get("ruleId"), version: form.get("version") });
  if (!ref.success) return;
  await listChange(() => deleteTriageRule({ actor: who, ref: ref.data, now: new Date() }));
}

export async function moveRuleAction(form: FormData): Promise<void> {
  const who = await actor();
  const input = ZMoveRule.safeParse({ ruleId: form.get("ruleId"), direction: form.get("direction") });
  if (!input.success) return;
  await listChange(() => moveTriageRule({ actor: who, input: input.data, now: new Date() }));
}

export async function previewAction(_previous: PreviewState, form: FormData): Promise<PreviewState> {
  const who = await actor();
  const values = valuesOf(form);
  const input = ZPreview.safeParse(values);
  if (!input.success) return { status: "error", message: "Fill in the sample ticket to try it.", fields: z.flattenError(input.error).fieldErrors, values };
  try {
    const decision = await previewTriage({ actor: who, input: input.data, now: new Date() });
    return { status: "done", values, decision };
  } catch (error) {
    return { status: "error", values, ...failure(error) };
  }
}

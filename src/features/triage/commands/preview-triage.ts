import type { Actor } from "@/domain/authz/actor";
import type { TriageDecision } from "@/domain/triage/triage";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { decideTriage, loadIntakeContext } from "@/features/tickets/commands/intake-context";
import type { TPreview } from "../schemas";

export type PreviewDecision = Omit<TriageDecision, "team" | "assigneeId"> & { team: string | null; assignee: string | null };

type Input = { actor: Actor; input: TPreview; now: Date };

/**
 * "Try it": what filing this sample ticket would decide with the current matrix and rules, through the very
 * code filing uses. Reads only: nothing is filed, stored or audited (the sample is not a real ticket).
 */
export async function previewTriage({ actor, input, now }: Input): Promise<PreviewDecision> {
  assertCan(actor, "triage:configure");
  const sample = { ...input, details: "", callbackNumber: "", assetTag: undefined, idempotencyKey: "triage-preview" };
  const context = await loadIntakeContext(actor, sample);
  const decision = decideTriage({ ...context, requesterRole: input.requesterRole }, input, now);
  const assignee = decision.assigneeId ? await db.user.findUnique({ where: { id: decision.assigneeId }, select: { displayName: true } }) : null;
  return { ...decision, team: decision.team?.name ?? null, assignee: assignee?.displayName ?? null };
}

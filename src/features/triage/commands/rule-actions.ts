import { ZRuleAction, type TRuleAction } from "@/domain/triage/rules";
import { AppError } from "@/server/errors";
import type { Tx } from "@/server/prisma-client";
import type { TRuleForm } from "../schemas";

const invalid = (field: string, message: string) => new AppError("INVALID", undefined, { [field]: [message] });

/**
 * The actions part of a form, with the team's and person's names stored beside their ids: filing then explains
 * "to Riverside On-site Support by rule 3" without another query. A missing or inactive target is a field error.
 */
export async function actionsFromForm(tx: Tx, form: TRuleForm): Promise<TRuleAction> {
  const [team, user] = await Promise.all([
    form.setTeamId ? tx.team.findFirst({ where: { id: form.setTeamId, active: true }, select: { id: true, name: true } }) : null,
    form.assignToUserId
      ? tx.user.findFirst({ where: { id: form.assignToUserId, disabledAt: null, isService: false, role: { not: "CLINICIAN" } }, select: { id: true, displayName: true } })
      : null,
  ]);
  if (form.setTeamId && !team) throw invalid("setTeamId", "That team no longer exists. Choose another.");
  if (form.assignToUserId && !user) throw invalid("assignToUserId", "That person cannot take tickets. Choose another.");
  return ZRuleAction.parse({
    raisePriorityTo: form.raisePriorityTo,
    setMode: form.setMode,
    setTeam: team ?? undefined,
    assignTo: user ? { id: user.id, name: user.displayName } : undefined,
    addTags: form.addTags.length ? form.addTags : undefined,
  });
}

import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import type { Tx } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import type { TAddMember, TTeamMember } from "../schemas";

type Input<T> = { actor: Actor; input: T; now: Date };
const audit = (tx: Tx, actor: Actor, action: "team.member_added" | "team.member_removed" | "team.lead_changed", input: TTeamMember, now: Date, extra: Record<string, boolean> = {}) =>
  writeAudit(tx, { actorId: actor.userId, action, entityType: "Team", entityId: input.teamId, details: { userId: input.userId, ...extra } }, now);

/** Adds an active person (not a service account) to an active team; someone already on it is a field error. */
export async function addTeamMember({ actor, input, now }: Input<TAddMember>): Promise<void> {
  assertCan(actor, "directory:manage");
  await db.$transaction(async (tx) => {
    const team = await tx.team.findFirst({ where: { id: input.teamId, active: true }, select: { id: true } });
    if (!team) throw new AppError("NOT_FOUND", "That team does not exist. Reload the page.");
    const user = await tx.user.findFirst({ where: { id: input.userId, disabledAt: null, isService: false }, select: { id: true } });
    if (!user) throw new AppError("INVALID", "The person was not added.", { userId: ["Choose an active person from the list."] });
    const existing = await tx.teamMember.findUnique({ where: { teamId_userId: { teamId: input.teamId, userId: input.userId } }, select: { teamId: true } });
    if (existing) throw new AppError("INVALID", "The person was not added.", { userId: ["This person is already on the team."] });
    await tx.teamMember.create({ data: { teamId: input.teamId, userId: input.userId, isLead: input.isLead } });
    await audit(tx, actor, "team.member_added", input, now, { isLead: input.isLead });
  });
}

/** Takes a person off a team, lead or not (a team may be left without a lead while a new one is chosen). */
export async function removeTeamMember({ actor, input, now }: Input<TTeamMember>): Promise<boolean> {
  assertCan(actor, "directory:manage");
  return db.$transaction(async (tx) => {
    const { count } = await tx.teamMember.deleteMany({ where: { teamId: input.teamId, userId: input.userId } });
    if (count === 0) return false; // already gone: someone else removed them first
    await audit(tx, actor, "team.member_removed", input, now);
    return true;
  });
}

/** Makes a member a team lead or not; a team may have several leads, or none. */
export async function setTeamLead({ actor, input, now }: Input<TTeamMember & { isLead: boolean }>): Promise<boolean> {
  assertCan(actor, "directory:manage");
  return db.$transaction(async (tx) => {
    const { count } = await tx.teamMember.updateMany({ where: { teamId: input.teamId, userId: input.userId, isLead: !input.isLead }, data: { isLead: input.isLead } });
    if (count === 0) return false;
    await audit(tx, actor, "team.lead_changed", input, now, { isLead: input.isLead });
    return true;
  });
}

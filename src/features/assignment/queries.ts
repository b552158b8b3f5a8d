import type { Actor } from "@/domain/authz/actor";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";

export type RotaTeam = {
  id: string;
  name: string;
  members: { id: string; name: string }[];
  shifts: { id: string; userName: string; weekday: number; startMinute: number; endMinute: number; active: boolean }[];
  onCall: { id: string; userName: string; startsAt: Date; endsAt: Date }[];
};

/** Every active team with its members, weekly shifts and the on-call periods that have not ended yet. */
export async function rotaOverview(actor: Actor, now: Date): Promise<RotaTeam[]> {
  assertCan(actor, "directory:manage");
  const teams = await db.team.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      members: { where: { user: { disabledAt: null } }, select: { user: { select: { id: true, displayName: true } } }, orderBy: { user: { displayName: "asc" } } },
      shifts: { select: { id: true, weekday: true, startMinute: true, endMinute: true, active: true, user: { select: { displayName: true } } }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
      onCall: { where: { endsAt: { gt: now } }, select: { id: true, startsAt: true, endsAt: true, user: { select: { displayName: true } } }, orderBy: { startsAt: "asc" } },
    },
  });
  return teams.map((team) => ({
    id: team.id,
    name: team.name,
    members: team.members.map(({ user }) => ({ id: user.id, name: user.displayName })),
    shifts: team.shifts.map(({ user, ...shift }) => ({ ...shift, userName: user.displayName })),
    onCall: team.onCall.map(({ user, ...period }) => ({ ...period, userName: user.displayName })),
  }));
}

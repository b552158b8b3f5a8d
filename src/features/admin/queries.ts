import type { Actor } from "@/domain/authz/actor";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";

export type DirectoryOverview = {
  usersByRole: { role: string; count: number }[];
  locationsByKind: { kind: string; count: number }[];
  teams: number;
  categories: number;
  openSessions: number;
};

/** What the hospital directory holds, for the administration home. Counts only, no personal details. */
export async function directoryOverview(actor: Actor, now: Date): Promise<DirectoryOverview> {
  assertCan(actor, "admin:access");
  const [usersByRole, locationsByKind, teams, categories, openSessions] = await Promise.all([
    db.user.groupBy({ by: ["role"], where: { disabledAt: null, isService: false }, _count: { _all: true }, orderBy: { role: "asc" } }),
    db.location.groupBy({ by: ["kind"], where: { active: true }, _count: { _all: true }, orderBy: { kind: "asc" } }),
    db.team.count({ where: { active: true } }),
    db.category.count({ where: { active: true } }),
    db.session.count({ where: { endedAt: null, expiresAt: { gt: now } } }),
  ]);
  return {
    usersByRole: usersByRole.map((row) => ({ role: row.role, count: row._count._all })),
    locationsByKind: locationsByKind.map((row) => ({ kind: row.kind, count: row._count._all })),
    teams,
    categories,
    openSessions,
  };
}

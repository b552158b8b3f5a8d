import { cache } from "react";
import type { Actor } from "@/domain/authz/actor";
import { locationPath } from "@/features/locations/queries";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";

export type ActiveDowntime = { id: string; title: string; message: string; startedAt: Date };

const activeSelect = { id: true, title: true, message: true, startedAt: true } as const;

// Rendered on every signed-in page, so one indexed query (endedAt IS NULL) per request, shared by everything
// that renders during it. Keyed on the home unit, not the actor object, so any caller hits the same entry.
const activeForHomeUnit = cache(async (homeUnitId: string | null): Promise<ActiveDowntime[]> => {
  const campusId = homeUnitId ? (await locationPath(homeUnitId))[0]?.id : undefined;
  return db.downtime.findMany({
    // Staff without a home unit (the service desk, managers) work across campuses: they see every downtime.
    where: campusId ? { endedAt: null, OR: [{ campusIds: { isEmpty: true } }, { campusIds: { has: campusId } }] } : { endedAt: null },
    select: activeSelect,
    orderBy: { startedAt: "asc" },
  });
});

/** Running downtimes that concern the actor: hospital-wide ones and those on the campus of their home unit. */
export function activeDowntimesFor(actor: Actor): Promise<ActiveDowntime[]> {
  return activeForHomeUnit(actor.homeUnitId);
}

/** Running hospital-wide downtimes, for pages nobody is signed in to (the sign-in page). */
export const activeHospitalWideDowntimes = cache(async (): Promise<ActiveDowntime[]> =>
  db.downtime.findMany({ where: { endedAt: null, campusIds: { isEmpty: true } }, select: activeSelect, orderBy: { startedAt: "asc" } }),
);

export type DowntimeRow = ActiveDowntime & {
  endedAt: Date | null;
  campusNames: string[];
  declaredBy: string;
  endedBy: string | null;
};

const RECENT_DAYS = 30;

/** Running downtimes and those that ended in the last 30 days, newest first, for the managers' page. */
export async function listDowntimes(actor: Actor, now: Date): Promise<DowntimeRow[]> {
  assertCan(actor, "outage:declare");
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  const [rows, campuses] = await Promise.all([
    db.downtime.findMany({
      where: { OR: [{ endedAt: null }, { endedAt: { gte: since } }] },
      select: { ...activeSelect, endedAt: true, campusIds: true, declaredBy: { select: { displayName: true } }, endedBy: { select: { displayName: true } } },
      orderBy: { startedAt: "desc" },
      take: 200,
    }),
    campusOptions(actor),
  ]);
  const names = new Map(campuses.map((campus) => [campus.id, campus.name]));
  return rows.map(({ campusIds, declaredBy, endedBy, ...row }) => ({
    ...row,
    campusNames: campusIds.map((id) => names.get(id) ?? "a closed campus"),
    declaredBy: declaredBy.displayName,
    endedBy: endedBy?.displayName ?? null,
  }));
}

export type CampusOption = { id: string; name: string };

/** Campuses a downtime can be limited to. */
export async function campusOptions(actor: Actor): Promise<CampusOption[]> {
  assertCan(actor, "outage:declare");
  return db.location.findMany({ where: { kind: "CAMPUS", active: true }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
}

// A small hospital for DB tests: one campus with a building, a floor, two units (one critical-care) with a
// room each, an on-site team, a remote team and categories of both modes. Returns the ids tests need.
import { ensureSlaDefaults } from "@/features/sla/defaults";
import { randomUUID } from "node:crypto";
import type { Db } from "@/server/prisma-client";

export type TestHospital = Awaited<ReturnType<typeof createTestHospital>>;

export async function createTestHospital(db: Db) {
  const tag = randomUUID().slice(0, 6);
  // The hospital's default promises (P1 15 min / 4 h ...), as every real database gets them at start.
  await ensureSlaDefaults(db, "America/New_York");
  const place = (kind: "CAMPUS" | "BUILDING" | "FLOOR" | "UNIT" | "ROOM", name: string, parentId: string | null, criticalCare = false) =>
    db.location.create({ data: { kind, name, code: `${tag}-${name}`, parentId, criticalCare }, select: { id: true, name: true } });
  const campus = await place("CAMPUS", "Test Campus", null);
  const building = await place("BUILDING", "Tower", campus.id);
  const floor = await place("FLOOR", "Floor 4", building.id);
  const ward = await place("UNIT", "4 West", floor.id);
  const wardRoom = await place("ROOM", "Room 412", ward.id);
  const icu = await place("UNIT", "ICU", floor.id, true);
  const icuRoom = await place("ROOM", "Room 301", icu.id);
  const team = (name: string, mode: "ONSITE" | "REMOTE", campusId: string | null, campusDefault = false) =>
    db.team.create({ data: { slug: `${tag}-${name}`, name: `${name} ${tag}`, mode, campusId, campusDefault }, select: { id: true, name: true } });
  const onsiteTeam = await team("onsite", "ONSITE", campus.id, true);
  const appsTeam = await team("apps", "REMOTE", null);
  const category = (name: string, mode: "ONSITE" | "REMOTE", teamId: string, clinicalCritical = false) =>
    db.category.create({ data: { slug: `${tag}-${name}`, name, defaultMode: mode, defaultTeamId: teamId, clinicalCritical }, select: { id: true, name: true } });
  return {
    campus,
    building,
    ward,
    wardRoom,
    icu,
    icuRoom,
    onsiteTeam,
    appsTeam,
    labelPrinter: await category("Label printer", "ONSITE", onsiteTeam.id),
    ehrSlow: await category("Patient records are slow", "REMOTE", appsTeam.id),
    ehrDown: await category("Patient records are down", "REMOTE", appsTeam.id, true),
  };
}

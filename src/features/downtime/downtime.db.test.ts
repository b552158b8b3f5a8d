import { describe, expect, it } from "vitest";
import type { Actor } from "@/domain/authz/actor";
import { db } from "@/server/db";
import { createTestHospital, type TestHospital } from "../../../tests/factories/hospital";
import { actorFor } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { declareDowntime } from "./commands/declare-downtime";
import { endDowntime } from "./commands/end-downtime";
import { activeDowntimesFor, activeHospitalWideDowntimes, listDowntimes } from "./queries";

const t0 = new Date("2026-12-01T02:10:00Z");
const later = new Date("2026-12-01T04:00:00Z");
const message = "EHR unavailable. Use downtime procedures: paper orders and the downtime report binder.";

async function manager(): Promise<Actor> {
  return actorFor(await createUser(db, { role: "MANAGER" }));
}

/** A clinician whose home unit is `unitId` (the session carries it; the query reads only the actor). */
async function clinicianOn(unitId: string): Promise<Actor> {
  return { ...actorFor(await createUser(db, { role: "CLINICIAN" })), homeUnitId: unitId };
}

async function secondCampus() {
  const campus = await db.location.create({ data: { kind: "CAMPUS", name: "Other Campus", code: `oc-${Math.random()}` }, select: { id: true } });
  const unit = await db.location.create({ data: { kind: "UNIT", name: "Clinic", code: `oc-u-${Math.random()}`, parentId: campus.id }, select: { id: true } });
  return { campus, unit };
}

async function declare(actor: Actor, hospital: TestHospital | null, campusIds?: string[]) {
  return declareDowntime({ actor, input: { title: "EHR unavailable", message, campusIds: campusIds ?? (hospital ? [hospital.campus.id] : []) }, now: t0 });
}

describe("declareDowntime and activeDowntimesFor", () => {
  it("shows a campus downtime to staff on that campus only", async () => {
    const hospital = await createTestHospital(db);
    const other = await secondCampus();
    const { id } = await declare(await manager(), hospital);

    const here = await clinicianOn(hospital.ward.id);
    expect(await activeDowntimesFor(here)).toEqual([{ id, title: "EHR unavailable", message, startedAt: t0 }]);
    expect(await activeDowntimesFor(await clinicianOn(other.unit.id))).toEqual([]);
    // Without a home unit (desk staff) every running downtime concerns you; signed out, only hospital-wide ones.
    expect((await activeDowntimesFor(await manager())).map((d) => d.id)).toEqual([id]);
    expect(await activeHospitalWideDowntimes()).toEqual([]);
  });

  it("shows a hospital-wide downtime on every campus and on the sign-in page", async () => {
    const hospital = await createTestHospital(db);
    const other = await secondCampus();
    const { id } = await declare(await manager(), null, []);
    expect((await activeDowntimesFor(await clinicianOn(hospital.ward.id))).map((d) => d.id)).toEqual([id]);
    expect((await activeDowntimesFor(await clinicianOn(other.unit.id))).map((d) => d.id)).toEqual([id]);
    expect((await activeHospitalWideDowntimes()).map((d) => d.id)).toEqual([id]);
  });

  it("audits the declaration with counts, never the title or message", async () => {
    const hospital = await createTestHospital(db);
    const actor = await manager();
    const { id } = await declare(actor, hospital);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "downtime.declared" } });
    expect(audit).toMatchObject({ actorId: actor.userId, entityType: "Downtime", entityId: id, at: t0 });
    expect(audit.details).toEqual({ campuses: 1, hospitalWide: false });
    const everything = JSON.stringify(await db.auditLog.findMany({ select: { action: true, entityType: true, entityId: true, details: true } }));
    expect(everything).not.toContain("EHR unavailable");
    expect(everything).not.toContain("paper orders");
  });

  it("refuses a campus id that is not a campus, writing nothing", async () => {
    const hospital = await createTestHospital(db);
    const refused = declare(await manager(), hospital, [hospital.ward.id]);
    await expect(refused).rejects.toMatchObject({ code: "INVALID", fields: { campusIds: ["Choose campuses from the list."] } });
    expect(await db.downtime.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "downtime.declared" } })).toBe(0);
  });

  it.each(["CLINICIAN", "ONSITE_TECH", "REMOTE_AGENT", "ADMIN"] as const)("is refused to %s", async (role) => {
    const actor = actorFor(await createUser(db, { role }));
    await expect(declare(actor, null, [])).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.downtime.count()).toBe(0);
  });
});

describe("endDowntime", () => {
  it("ends it once: the banner goes, a second end is a no-op with one audit row", async () => {
    const hospital = await createTestHospital(db);
    const actor = await manager();
    const { id } = await declare(actor, hospital);
    expect(await endDowntime({ actor, input: { downtimeId: id }, now: later })).toBe(true);
    expect(await endDowntime({ actor, input: { downtimeId: id }, now: later })).toBe(false);

    expect(await activeDowntimesFor(await clinicianOn(hospital.ward.id))).toEqual([]);
    expect(await db.downtime.findUniqueOrThrow({ where: { id }, select: { endedAt: true, endedById: true } })).toEqual({ endedAt: later, endedById: actor.userId });
    expect(await db.auditLog.count({ where: { action: "downtime.ended", entityId: id } })).toBe(1);
    // Ended ones stay on the managers' page for 30 days.
    expect((await listDowntimes(actor, later)).map((d) => [d.id, d.endedAt, d.campusNames])).toEqual([[id, later, ["Test Campus"]]]);
  });

  it("is refused to a clinician and says NOT_FOUND for an unknown id", async () => {
    const actor = await manager();
    const { id } = await declare(actor, null, []);
    const clinician = actorFor(await createUser(db, { role: "CLINICIAN" }));
    await expect(endDowntime({ actor: clinician, input: { downtimeId: id }, now: later })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(endDowntime({ actor, input: { downtimeId: crypto.randomUUID() }, now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.downtime.count({ where: { endedAt: null } })).toBe(1);
  });
});

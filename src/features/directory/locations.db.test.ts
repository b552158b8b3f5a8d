import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestHospital, type TestHospital } from "../../../tests/factories/hospital";
import { actorFor } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { addRoom } from "./commands/add-room";
import { updateLocation } from "./commands/update-location";
import { roomCode, ZAddRoom, ZLocationForm } from "./schemas";

const now = new Date("2026-12-01T15:00:00Z");
let hospital: TestHospital;
let admin: ReturnType<typeof actorFor>;

beforeEach(async () => {
  hospital = await createTestHospital(db);
  admin = actorFor(await createUser(db, { role: "ADMIN" }));
});

describe("roomCode", () => {
  it("joins the unit's code and an uppercase slug of the name", () => {
    expect(roomCode("RMC-A-4-4W", "  Room 12b / store ")).toBe("RMC-A-4-4W-ROOM-12B-STORE");
  });
});

describe("updateLocation", () => {
  it("renames and marks a unit critical care, auditing field names only", async () => {
    const input = ZLocationForm.parse({ locationId: hospital.ward.id, name: "4 West Step-down", criticalCare: "on", active: "on" });
    expect((await updateLocation({ actor: admin, input, now })).changed).toEqual(["name", "criticalCare"]);
    expect(await db.location.findUniqueOrThrow({ where: { id: hospital.ward.id } })).toMatchObject({ name: "4 West Step-down", criticalCare: true, active: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "location.updated", entityId: hospital.ward.id } });
    expect(audit.details).toEqual({ kind: "UNIT", fields: "name,criticalCare" });
  });

  it("deactivates a room and ignores a critical-care tick on it", async () => {
    const input = ZLocationForm.parse({ locationId: hospital.wardRoom.id, name: "Room 412", criticalCare: "on" });
    expect((await updateLocation({ actor: admin, input, now })).changed).toEqual(["active"]);
    expect(await db.location.findUniqueOrThrow({ where: { id: hospital.wardRoom.id } })).toMatchObject({ active: false, criticalCare: false });
  });

  it("rejects a one-letter name as a field error", () => {
    const result = ZLocationForm.safeParse({ locationId: hospital.ward.id, name: "4", active: "on" });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(["name"]);
  });

  it.each(["MANAGER", "CLINICIAN"] as const)("refuses a %s", async (role) => {
    const actor = actorFor(await createUser(db, { role }));
    const input = ZLocationForm.parse({ locationId: hospital.ward.id, name: "Renamed", active: "on" });
    await expect(updateLocation({ actor, input, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.location.findUniqueOrThrow({ where: { id: hospital.ward.id } })).name).toBe("4 West");
  });
});

describe("addRoom", () => {
  it("adds a room under the unit with a code made from the unit's and audits it without the name", async () => {
    const unit = await db.location.findUniqueOrThrow({ where: { id: hospital.ward.id } });
    const room = await addRoom({ actor: admin, input: ZAddRoom.parse({ unitId: unit.id, name: "Family room" }), now });
    expect(room.code).toBe(`${unit.code}-FAMILY-ROOM`);
    expect(await db.location.findUniqueOrThrow({ where: { id: room.id } })).toMatchObject({ kind: "ROOM", parentId: unit.id, name: "Family room", active: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "location.created", entityId: room.id } });
    expect(audit.details).toEqual({ kind: "ROOM" });
  });

  it("answers a clashing code as a field error on the name", async () => {
    const input = ZAddRoom.parse({ unitId: hospital.ward.id, name: "Family room" });
    await addRoom({ actor: admin, input, now });
    await expect(addRoom({ actor: admin, input: { ...input, name: "family  ROOM" }, now })).rejects.toMatchObject({ code: "INVALID", fields: { name: expect.any(Array) } });
    expect(await db.location.count({ where: { parentId: hospital.ward.id, name: { contains: "amily" } } })).toBe(1);
  });

  it("refuses to add a room under a room, and names without letters or digits", async () => {
    await expect(addRoom({ actor: admin, input: { unitId: hospital.wardRoom.id, name: "Closet" }, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(ZAddRoom.safeParse({ unitId: hospital.ward.id, name: "--" }).success).toBe(false);
  });

  it.each(["MANAGER", "CLINICIAN"] as const)("refuses a %s", async (role) => {
    const actor = actorFor(await createUser(db, { role }));
    await expect(addRoom({ actor, input: { unitId: hospital.ward.id, name: "Closet" }, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.location.count({ where: { parentId: hospital.ward.id } })).toBe(1);
  });
});

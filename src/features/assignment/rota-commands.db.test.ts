import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { createTestHospital, type TestHospital } from "../../../tests/factories/hospital";
import { actorFor } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { addOnCall } from "./commands/add-on-call";
import { addShift } from "./commands/add-shift";
import { deleteOnCall } from "./commands/delete-on-call";
import { deleteShift } from "./commands/delete-shift";
import { rotaOverview } from "./queries";
import { onCallSchema, ZAddShift } from "./schemas";

const now = new Date("2026-11-29T15:00:00Z");
let hospital: TestHospital;
let admin: ReturnType<typeof actorFor>;
let tech: { id: string };

beforeEach(async () => {
  hospital = await createTestHospital(db);
  admin = actorFor(await createUser(db, { role: "ADMIN" }));
  tech = await createUser(db, { role: "ONSITE_TECH", displayName: "Night Nia" });
  await db.teamMember.create({ data: { teamId: hospital.onsiteTeam.id, userId: tech.id } });
});

const shiftInput = (overrides: Record<string, string> = {}) =>
  ZAddShift.parse({ teamId: hospital.onsiteTeam.id, userId: tech.id, weekday: "5", start: "19:00", end: "07:00", ...overrides });

describe("rota commands", () => {
  it("adds and removes a shift, auditing each once", async () => {
    const { id } = await addShift({ actor: admin, input: shiftInput(), now });
    expect(await db.teamShift.findUniqueOrThrow({ where: { id } })).toMatchObject({ weekday: 5, startMinute: 1140, endMinute: 420, userId: tech.id });
    const [team] = (await rotaOverview(admin, now)).filter((t) => t.id === hospital.onsiteTeam.id);
    expect(team?.shifts).toEqual([expect.objectContaining({ id, userName: "Night Nia" })]);
    expect(await deleteShift({ actor: admin, input: { id }, now })).toBe(true);
    expect(await deleteShift({ actor: admin, input: { id }, now })).toBe(false);
    const audit = await db.auditLog.findMany({ where: { entityId: id }, select: { action: true } });
    expect(audit.map((row) => row.action).sort()).toEqual(["shift.created", "shift.deleted"]);
  });

  it("refuses someone who is not on the team, as a field error on the person", async () => {
    const outsider = await createUser(db, { role: "ONSITE_TECH" });
    const error = await addShift({ actor: admin, input: shiftInput({ userId: outsider.id }), now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields).toHaveProperty("userId");
    expect(await db.teamShift.count()).toBe(0);
  });

  it("lets only directory managers change the rota", async () => {
    const nurse = actorFor(await createUser(db, { role: "CLINICIAN" }));
    await expect(addShift({ actor: nurse, input: shiftInput(), now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.teamShift.count()).toBe(0);
  });

  it("adds an on-call period from hospital wall-clock times and removes it, auditing each", async () => {
    const input = onCallSchema("America/New_York").parse({ teamId: hospital.onsiteTeam.id, userId: tech.id, from: "2026-11-30T19:00", to: "2026-12-01T07:00" });
    const { id } = await addOnCall({ actor: admin, input, now });
    expect(await db.onCallAssignment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      startsAt: new Date("2026-12-01T00:00:00Z"),
      endsAt: new Date("2026-12-01T12:00:00Z"),
      createdById: admin.userId,
    });
    expect(await deleteOnCall({ actor: admin, input: { id }, now })).toBe(true);
    const audit = await db.auditLog.findMany({ where: { entityId: id }, select: { action: true } });
    expect(audit.map((row) => row.action).sort()).toEqual(["on_call.created", "on_call.deleted"]);
  });
});

describe("rota schemas", () => {
  it("names the bad fields of a shift", () => {
    const result = ZAddShift.safeParse({ teamId: "x", userId: "", weekday: "9", start: "7am", end: "25:00" });
    expect(Object.keys(result.error?.flatten().fieldErrors ?? {}).sort()).toEqual(["end", "start", "teamId", "userId", "weekday"]);
  });

  it("wants an on-call period to end after it starts", () => {
    const schema = onCallSchema("America/New_York");
    const base = { teamId: crypto.randomUUID(), userId: crypto.randomUUID() };
    expect(schema.safeParse({ ...base, from: "2026-12-01T07:00", to: "2026-12-01T07:00" }).error?.flatten().fieldErrors).toHaveProperty("to");
    expect(schema.safeParse({ ...base, from: "soon", to: "2026-12-01T07:00" }).error?.flatten().fieldErrors).toHaveProperty("from");
    expect(schema.safeParse({ ...base, from: "2026-12-01T07:00", to: "2027-02-01T07:00" }).error?.flatten().fieldErrors).toHaveProperty("to");
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestHospital, type TestHospital } from "../../../tests/factories/hospital";
import { actorFor } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { addTeamMember, removeTeamMember, setTeamLead } from "./commands/team-members";
import { ZAddMember } from "./schemas";

const now = new Date("2026-12-01T15:00:00Z");
let hospital: TestHospital;
let admin: ReturnType<typeof actorFor>;
let tech: Awaited<ReturnType<typeof createUser>>;

beforeEach(async () => {
  hospital = await createTestHospital(db);
  admin = actorFor(await createUser(db, { role: "ADMIN" }));
  tech = await createUser(db, { role: "ONSITE_TECH" });
});

const member = () => db.teamMember.findUnique({ where: { teamId_userId: { teamId: hospital.onsiteTeam.id, userId: tech.id } } });
const input = (isLead = "") => ZAddMember.parse({ teamId: hospital.onsiteTeam.id, userId: tech.id, isLead });
const details = (action: string) => db.auditLog.findMany({ where: { action, entityId: hospital.onsiteTeam.id }, select: { details: true } });

describe("team members", () => {
  it("adds, makes lead, and removes a member (the last lead too), auditing ids only", async () => {
    await addTeamMember({ actor: admin, input: input(), now });
    expect(await member()).toMatchObject({ isLead: false });
    expect(await setTeamLead({ actor: admin, input: { ...input(), isLead: true }, now })).toBe(true);
    expect(await member()).toMatchObject({ isLead: true });
    expect(await removeTeamMember({ actor: admin, input: input(), now })).toBe(true);
    expect(await member()).toBeNull();
    expect(await details("team.member_added")).toEqual([{ details: { userId: tech.id, isLead: false } }]);
    expect(await details("team.lead_changed")).toEqual([{ details: { userId: tech.id, isLead: true } }]);
    expect(await details("team.member_removed")).toEqual([{ details: { userId: tech.id } }]);
  });

  it("answers adding someone already on the team as a field error", async () => {
    await addTeamMember({ actor: admin, input: input("on"), now });
    await expect(addTeamMember({ actor: admin, input: input(), now })).rejects.toMatchObject({ code: "INVALID", fields: { userId: ["This person is already on the team."] } });
    expect(await member()).toMatchObject({ isLead: true });
  });

  it("refuses disabled people and service accounts as a field error", async () => {
    const service = await createUser(db, { role: "REMOTE_AGENT" });
    await db.user.update({ where: { id: service.id }, data: { isService: true } });
    await db.user.update({ where: { id: tech.id }, data: { disabledAt: now } });
    for (const userId of [service.id, tech.id]) {
      await expect(addTeamMember({ actor: admin, input: { teamId: hospital.onsiteTeam.id, userId, isLead: false }, now })).rejects.toMatchObject({ fields: { userId: expect.any(Array) } });
    }
    expect(await db.teamMember.count({ where: { teamId: hospital.onsiteTeam.id } })).toBe(0);
  });

  it("does nothing (and audits nothing) for a lead change or removal that already happened", async () => {
    expect(await removeTeamMember({ actor: admin, input: input(), now })).toBe(false);
    await addTeamMember({ actor: admin, input: input(), now });
    expect(await setTeamLead({ actor: admin, input: { ...input(), isLead: false }, now })).toBe(false);
    expect(await db.auditLog.count({ where: { action: { in: ["team.member_removed", "team.lead_changed"] }, entityId: hospital.onsiteTeam.id } })).toBe(0);
  });

  it.each(["MANAGER", "CLINICIAN"] as const)("refuses a %s", async (role) => {
    const actor = actorFor(await createUser(db, { role }));
    await expect(addTeamMember({ actor, input: input(), now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeTeamMember({ actor, input: input(), now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setTeamLead({ actor, input: { ...input(), isLead: true }, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await member()).toBeNull();
  });
});

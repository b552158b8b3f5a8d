import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestHospital, type TestHospital } from "../../../tests/factories/hospital";
import { actorFor } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { createTriageRule } from "./commands/create-triage-rule";
import { deleteTriageRule } from "./commands/delete-triage-rule";
import { moveTriageRule } from "./commands/move-triage-rule";
import { previewTriage } from "./commands/preview-triage";
import { updatePriorityMatrix } from "./commands/update-priority-matrix";
import { setTriageRuleEnabled, updateTriageRule } from "./commands/update-triage-rule";
import { ZRuleForm, ZUpdateMatrix, type TRuleForm } from "./schemas";

const now = new Date("2026-12-01T15:00:00Z");
let hospital: TestHospital;
let admin: ReturnType<typeof actorFor>;

beforeEach(async () => {
  hospital = await createTestHospital(db);
  admin = actorFor(await createUser(db, { role: "ADMIN" }));
});

const form = (overrides: Record<string, unknown> = {}): TRuleForm =>
  ZRuleForm.parse({
    name: "ICU wristbands",
    categoryIds: [],
    locationIds: [hospital.icu.id],
    summaryWords: "wristband, labels",
    impact: [],
    urgency: [],
    timeFrom: "",
    timeTo: "",
    requesterRoles: [],
    raisePriorityTo: "P1",
    setTeamId: hospital.appsTeam.id,
    addTags: "icu-bands",
    ...overrides,
  });

const audits = (action: string) => db.auditLog.count({ where: { action } });

describe("triage rule commands", () => {
  it("creates rules at the end, with the team's name stored and an audit row", async () => {
    const first = await createTriageRule({ actor: admin, input: form(), now });
    const second = await createTriageRule({ actor: admin, input: form({ name: "Second" }), now });
    expect([first.position, second.position]).toEqual([1, 2]);
    const row = await db.triageRule.findUniqueOrThrow({ where: { id: first.id } });
    expect(row.conditions).toEqual({ locationIds: [hospital.icu.id], summaryWords: ["wristband", "labels"] });
    expect(row.actions).toEqual({ raisePriorityTo: "P1", setTeam: { id: hospital.appsTeam.id, name: hospital.appsTeam.name }, addTags: ["icu-bands"] });
    expect(await audits("triage.rule_created")).toBe(2);
  });

  it("refuses an edit or a delete made from a stale version, and accepts a fresh one", async () => {
    const { id } = await createTriageRule({ actor: admin, input: form(), now });
    await updateTriageRule({ actor: admin, ref: { ruleId: id, version: 1 }, input: form({ name: "Renamed" }), now });
    await expect(updateTriageRule({ actor: admin, ref: { ruleId: id, version: 1 }, input: form({ name: "Lost" }), now })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(deleteTriageRule({ actor: admin, ref: { ruleId: id, version: 1 }, now })).rejects.toMatchObject({ code: "CONFLICT" });
    await setTriageRuleEnabled({ actor: admin, ref: { ruleId: id, version: 2 }, enabled: false, now });
    expect(await db.triageRule.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Renamed", enabled: false, version: 3 });
    await deleteTriageRule({ actor: admin, ref: { ruleId: id, version: 3 }, now });
    expect(await db.triageRule.count()).toBe(0);
    expect([await audits("triage.rule_updated"), await audits("triage.rule_deleted")]).toEqual([2, 1]);
  });

  it("moves a rule up and down by swapping with its neighbour", async () => {
    const a = await createTriageRule({ actor: admin, input: form({ name: "Rule A" }), now });
    const b = await createTriageRule({ actor: admin, input: form({ name: "Rule B" }), now });
    await moveTriageRule({ actor: admin, input: { ruleId: b.id, direction: "up" }, now });
    await moveTriageRule({ actor: admin, input: { ruleId: b.id, direction: "up" }, now }); // already first: no change
    const order = await db.triageRule.findMany({ orderBy: { position: "asc" }, select: { name: true, position: true } });
    expect(order).toEqual([{ name: "Rule B", position: 1 }, { name: "Rule A", position: 2 }]);
    expect(await audits("triage.rule_reordered")).toBe(1);
    expect(a.position).toBe(1);
  });

  it("refuses a team that does not exist as a field error, and anyone but an admin", async () => {
    await expect(createTriageRule({ actor: admin, input: form({ setTeamId: crypto.randomUUID() }), now })).rejects.toMatchObject({ code: "INVALID", fields: { setTeamId: [expect.any(String)] } });
    const nurse = actorFor(await createUser(db, { role: "CLINICIAN" }));
    await expect(createTriageRule({ actor: nurse, input: form(), now })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("matrix and preview", () => {
  const matrix = (overrides: Record<string, string> = {}) =>
    ZUpdateMatrix.parse({
      "CARE_BLOCKED.SINGLE_USER": "P2", "CARE_BLOCKED.UNIT": "P1", "CARE_BLOCKED.MULTIPLE_UNITS": "P1",
      "CARE_SLOWED.SINGLE_USER": "P3", "CARE_SLOWED.UNIT": "P2", "CARE_SLOWED.MULTIPLE_UNITS": "P2",
      "NO_CARE_IMPACT.SINGLE_USER": "P4", "NO_CARE_IMPACT.UNIT": "P3", "NO_CARE_IMPACT.MULTIPLE_UNITS": "P3",
      ...overrides,
    });

  it("saves the matrix and previews with it and the rules, filing nothing", async () => {
    expect(await updatePriorityMatrix({ actor: admin, input: matrix({ "NO_CARE_IMPACT.SINGLE_USER": "P3" }), now })).toBe(9);
    expect(await updatePriorityMatrix({ actor: admin, input: matrix({ "NO_CARE_IMPACT.SINGLE_USER": "P3" }), now })).toBe(0);
    const sample = { categoryId: hospital.labelPrinter.id, locationId: hospital.icuRoom.id, impact: "SINGLE_USER", urgency: "NO_CARE_IMPACT", patientSafety: false, requesterRole: "CLINICIAN", summary: "Wristband printer broken" } as const;
    expect((await previewTriage({ actor: admin, input: sample, now })).priority).toBe("P3");
    await createTriageRule({ actor: admin, input: form(), now });
    const decision = await previewTriage({ actor: admin, input: sample, now });
    expect(decision).toMatchObject({ priority: "P1", team: hospital.appsTeam.name, tags: ["icu-bands"] });
    expect(decision.explanation).toContain("raised to P1 by rule 1 “ICU wristbands”");
    expect(await db.ticket.count()).toBe(0);
    expect(await audits("triage.matrix_updated")).toBe(2);
  });
});

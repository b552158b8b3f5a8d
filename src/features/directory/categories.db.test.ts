import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestHospital, type TestHospital } from "../../../tests/factories/hospital";
import { actorFor } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { updateCategory } from "./commands/update-category";
import { ZCategoryForm } from "./schemas";

const now = new Date("2026-12-01T15:00:00Z");
let hospital: TestHospital;
let admin: ReturnType<typeof actorFor>;

beforeEach(async () => {
  hospital = await createTestHospital(db);
  admin = actorFor(await createUser(db, { role: "ADMIN" }));
});

const form = (overrides: Record<string, unknown> = {}) => ({
  categoryId: hospital.labelPrinter.id,
  name: "Label printer",
  description: "",
  keywords: "zebra",
  defaultTeamId: hospital.onsiteTeam.id,
  defaultMode: "ONSITE",
  clinicalCritical: "",
  ...overrides,
  active: "on",
});

describe("updateCategory", () => {
  it("saves the new default team and mode and audits only the changed field names", async () => {
    const input = ZCategoryForm.parse(form({ defaultTeamId: hospital.appsTeam.id, defaultMode: "REMOTE", keywords: "zebra labels" }));
    const result = await updateCategory({ actor: admin, input, now });
    expect(result.changed.sort()).toEqual(["defaultMode", "defaultTeamId", "keywords"]);
    const saved = await db.category.findUniqueOrThrow({ where: { id: hospital.labelPrinter.id } });
    expect(saved).toMatchObject({ defaultTeamId: hospital.appsTeam.id, defaultMode: "REMOTE", keywords: "zebra labels", clinicalCritical: false, active: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "category.updated", entityId: hospital.labelPrinter.id } });
    expect(audit.actorId).toBe(admin.userId);
    expect(JSON.stringify(audit.details)).not.toContain("zebra");
    expect(audit.details).toEqual({ fields: "keywords,defaultTeamId,defaultMode" });
  });

  it("writes nothing when nothing changed", async () => {
    await updateCategory({ actor: admin, input: ZCategoryForm.parse(form()), now });
    const again = await updateCategory({ actor: admin, input: ZCategoryForm.parse(form()), now });
    expect(again.changed).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "category.updated", entityId: hospital.labelPrinter.id } })).toBe(1);
  });

  it("refuses an inactive team as a field error and changes nothing", async () => {
    await db.team.update({ where: { id: hospital.appsTeam.id }, data: { active: false } });
    const input = ZCategoryForm.parse(form({ defaultTeamId: hospital.appsTeam.id }));
    await expect(updateCategory({ actor: admin, input, now })).rejects.toMatchObject({ code: "INVALID", fields: { defaultTeamId: expect.any(Array) } });
    const saved = await db.category.findUniqueOrThrow({ where: { id: hospital.labelPrinter.id } });
    expect(saved.defaultTeamId).toBe(hospital.onsiteTeam.id);
  });

  it("rejects a too-short name, control characters and an unknown mode as field errors", () => {
    const result = ZCategoryForm.safeParse(form({ name: "ab", keywords: "bad\u0000", defaultMode: "SOMEWHERE" }));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["name", "keywords", "defaultMode"]));
  });

  it.each(["MANAGER", "CLINICIAN"] as const)("refuses a %s", async (role) => {
    const actor = actorFor(await createUser(db, { role }));
    const input = ZCategoryForm.parse(form({ defaultMode: "REMOTE" }));
    await expect(updateCategory({ actor, input, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.auditLog.count({ where: { action: "category.updated", entityId: hospital.labelPrinter.id } })).toBe(0);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { BUSINESS_CALENDAR_NAME, ALWAYS_CALENDAR_NAME } from "@/features/sla/defaults";
import { db } from "@/server/db";
import { createTestHospital, type TestHospital } from "../../../tests/factories/hospital";
import { actorFor } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { createSlaPolicy } from "./commands/create-sla-policy";
import { updateSlaPolicy } from "./commands/update-sla-policy";
import { updateSlaSettings } from "./commands/update-sla-settings";
import { slaAdminOverview } from "./queries";
import { ZPolicyForm, ZSettingsForm, type TPolicyForm } from "./schemas";

const now = new Date("2026-12-01T15:00:00Z");
let hospital: TestHospital;
let manager: ReturnType<typeof actorFor>;
let calendars: { always: string; desk: string };

beforeEach(async () => {
  hospital = await createTestHospital(db);
  manager = actorFor(await createUser(db, { role: "MANAGER" }));
  const rows = await db.slaCalendar.findMany({ select: { id: true, name: true } });
  calendars = { always: rows.find((r) => r.name === ALWAYS_CALENDAR_NAME)!.id, desk: rows.find((r) => r.name === BUSINESS_CALENDAR_NAME)!.id };
});

const form = (overrides: Record<string, unknown> = {}): TPolicyForm =>
  ZPolicyForm.parse({
    name: "Normal, label printers",
    priority: "P3",
    categoryId: hospital.labelPrinter.id,
    teamId: "",
    responseAmount: "2",
    responseUnit: "hours",
    responseCalendarId: calendars.desk,
    resolutionAmount: "3",
    resolutionUnit: "days",
    resolutionCalendarId: calendars.desk,
    active: "on",
    ...overrides,
  });

const audits = (action: string) => db.auditLog.findMany({ where: { action }, select: { entityId: true, details: true } });

describe("SLA policy commands", () => {
  it("creates a policy with targets in minutes (business days on the desk's 12-hour day) and an audit row", async () => {
    const { id } = await createSlaPolicy({ actor: manager, input: form(), now });
    expect(await db.slaPolicy.findUniqueOrThrow({ where: { id } })).toMatchObject({ priority: "P3", categoryId: hospital.labelPrinter.id, teamId: null, responseMinutes: 120, resolutionMinutes: 2160, active: true, version: 1 });
    const [audit] = await audits("sla.policy_created");
    expect(audit).toMatchObject({ entityId: id, details: { priority: "P3", responseMinutes: 120, resolutionMinutes: 2160 } });
  });

  it("refuses a second active policy for the same scope, but not a switched-off one or another team", async () => {
    await createSlaPolicy({ actor: manager, input: form(), now });
    await expect(createSlaPolicy({ actor: manager, input: form({ name: "Twin" }), now })).rejects.toMatchObject({ code: "INVALID", fields: { priority: [expect.stringContaining("Normal, label printers")] } });
    await createSlaPolicy({ actor: manager, input: form({ name: "Spare", active: "" }), now });
    await createSlaPolicy({ actor: manager, input: form({ name: "Apps team", teamId: hospital.appsTeam.id }), now });
    // The default P3 policy (all categories, all teams) is its own scope too.
    await expect(createSlaPolicy({ actor: manager, input: form({ categoryId: "" }), now })).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.slaPolicy.count({ where: { priority: "P3" } })).toBe(4);
  });

  it("refuses a fix due before the first response on one calendar, and non-whole minutes, as field errors", async () => {
    await expect(createSlaPolicy({ actor: manager, input: form({ responseAmount: "5", responseUnit: "hours", resolutionAmount: "4", resolutionUnit: "hours" }), now })).rejects.toMatchObject({
      code: "INVALID",
      fields: { resolutionAmount: [expect.any(String)] },
    });
    await expect(createSlaPolicy({ actor: manager, input: form({ responseAmount: "1.25", responseUnit: "minutes" }), now })).rejects.toMatchObject({ fields: { responseAmount: [expect.any(String)] } });
    // On different calendars the targets are not compared: 4 h around the clock vs 5 desk hours is fine.
    await createSlaPolicy({ actor: manager, input: form({ responseAmount: "5", responseUnit: "hours", resolutionAmount: "4", resolutionUnit: "hours", resolutionCalendarId: calendars.always }), now });
    expect(ZPolicyForm.safeParse({ ...form(), responseAmount: "0" }).success).toBe(false);
  });

  it("edits a policy with its version, and refuses a stale edit without changing anything", async () => {
    const defaults = await slaAdminOverview(manager);
    const p3 = defaults.policies.find((p) => p.priority === "P3" && !p.category)!;
    await updateSlaPolicy({ actor: manager, ref: { id: p3.id, version: p3.version }, input: form({ name: p3.name, categoryId: "", responseAmount: "90", responseUnit: "minutes" }), now });
    await expect(updateSlaPolicy({ actor: manager, ref: { id: p3.id, version: p3.version }, input: form({ name: "Lost", categoryId: "" }), now })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.slaPolicy.findUniqueOrThrow({ where: { id: p3.id } })).toMatchObject({ name: p3.name, responseMinutes: 90, version: p3.version + 1 });
    expect(await audits("sla.policy_updated")).toEqual([{ entityId: p3.id, details: expect.objectContaining({ responseMinutes: 90, version: 2 }) }]);
  });

  it("turns away anyone without sla:configure", async () => {
    for (const role of ["CLINICIAN", "ONSITE_TECH"] as const) {
      const actor = actorFor(await createUser(db, { role }));
      await expect(createSlaPolicy({ actor, input: form(), now })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateSlaSettings({ actor, input: { pauseStatuses: [], version: 1 }, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(slaAdminOverview(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.auditLog.count({ where: { action: { startsWith: "sla." } } })).toBe(0);
  });
});

describe("SLA settings", () => {
  it("saves the pause statuses with their version and refuses a stale save", async () => {
    await updateSlaSettings({ actor: manager, input: ZSettingsForm.parse({ pauseStatuses: ["WAITING_ON_VENDOR"], version: "1" }), now });
    await expect(updateSlaSettings({ actor: manager, input: { pauseStatuses: [], version: 1 }, now })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.slaSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ pauseStatuses: ["WAITING_ON_VENDOR"], version: 2 });
    expect(await audits("sla.settings_updated")).toEqual([{ entityId: "1", details: { pauseStatuses: "WAITING_ON_VENDOR", version: 2 } }]);
  });

  it("accepts only the waiting statuses", () => {
    expect(ZSettingsForm.safeParse({ pauseStatuses: ["IN_PROGRESS"], version: "1" }).success).toBe(false);
    expect(ZSettingsForm.safeParse({ pauseStatuses: [], version: "1" }).success).toBe(true);
  });
});

import { runCalendarResync } from "@/features/sla/commands/resync-calendar";
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_BUSINESS_HOURS } from "@/domain/sla/defaults";
import { BUSINESS_CALENDAR_NAME } from "@/features/sla/defaults";
import { db } from "@/server/db";
import { createTestHospital, type TestHospital } from "../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { hoursFromForm } from "./calendar-hours";
import { addSlaHoliday } from "./commands/add-sla-holiday";
import { createSlaCalendar } from "./commands/create-sla-calendar";
import { removeSlaHoliday } from "./commands/remove-sla-holiday";
import { updateSlaCalendar } from "./commands/update-sla-calendar";
import { calendarEditor } from "./queries";
import type { TCalendarInput } from "./schemas";

const now = new Date("2026-12-01T15:00:00Z"); // a Tuesday, 10:00 in New York
let hospital: TestHospital;
let manager: ReturnType<typeof actorFor>;
let deskId: string;

beforeEach(async () => {
  hospital = await createTestHospital(db);
  manager = actorFor(await createUser(db, { role: "MANAGER" }));
  deskId = (await db.slaCalendar.findUniqueOrThrow({ where: { name: BUSINESS_CALENDAR_NAME }, select: { id: true } })).id;
});

const input = (overrides: Partial<TCalendarInput> = {}): TCalendarInput => ({ name: "Pharmacy hours", kind: "BUSINESS_HOURS", timeZone: "America/Chicago", hours: DEFAULT_BUSINESS_HOURS, ...overrides });
const audits = (action: string) => db.auditLog.findMany({ where: { action }, select: { entityId: true, details: true } });

describe("SLA calendar commands", () => {
  it("creates and edits a calendar with its version; a stale edit changes nothing", async () => {
    const { id } = await createSlaCalendar({ actor: manager, input: input(), now });
    const weekend = hoursFromForm({ "open-6": "on", "opens-6": "08:00", "midnight-6": "on" }).hours;
    await updateSlaCalendar({ actor: manager, ref: { id, version: 1 }, input: input({ name: "Weekend pharmacy", hours: weekend }), now });
    await expect(updateSlaCalendar({ actor: manager, ref: { id, version: 1 }, input: input({ name: "Lost" }), now })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.slaCalendar.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Weekend pharmacy", version: 2, hours: [{ weekday: 6, opens: 480, closes: 1440 }] });
    expect(await audits("sla.calendar_created")).toEqual([{ entityId: id, details: { kind: "BUSINESS_HOURS", openings: 5 } }]);
    expect(await audits("sla.calendar_updated")).toEqual([{ entityId: id, details: { kind: "BUSINESS_HOURS", openings: 1, version: 2, ticketsMoved: 0 } }]);
  });

  it("refuses unusable hours and a name in use as field errors; around the clock needs no hours", async () => {
    await expect(createSlaCalendar({ actor: manager, input: input({ hours: [{ weekday: 1, opens: 600, closes: 540 }] }), now })).rejects.toMatchObject({ code: "INVALID", fields: { hours: ["Closing time must be after opening time on Monday."] } });
    await expect(createSlaCalendar({ actor: manager, input: input({ hours: [{ weekday: 2, opens: 420, closes: 700 }, { weekday: 2, opens: 600, closes: 900 }] }), now })).rejects.toMatchObject({ fields: { hours: ["Opening times overlap on Tuesday."] } });
    await expect(createSlaCalendar({ actor: manager, input: input({ name: BUSINESS_CALENDAR_NAME.toUpperCase() }), now })).rejects.toMatchObject({ fields: { name: [expect.any(String)] } });
    const { id } = await createSlaCalendar({ actor: manager, input: input({ name: "Nights", kind: "ALWAYS", hours: DEFAULT_BUSINESS_HOURS }), now });
    expect(await db.slaCalendar.findUniqueOrThrow({ where: { id } })).toMatchObject({ kind: "ALWAYS", hours: [] });
  });

  it("will not leave a calendar that active policies count on without opening hours", async () => {
    await expect(updateSlaCalendar({ actor: manager, ref: { id: deskId, version: 1 }, input: input({ name: BUSINESS_CALENDAR_NAME, hours: [] }), now })).rejects.toMatchObject({
      code: "INVALID",
      fields: { hours: [expect.stringContaining("active policies count time on this calendar")] },
    });
  });

  it("adds and removes holidays with audit rows, refusing a second on one date", async () => {
    const { id } = await addSlaHoliday({ actor: manager, input: { calendarId: deskId, date: "2026-12-25", name: "Christmas Day" }, now });
    await expect(addSlaHoliday({ actor: manager, input: { calendarId: deskId, date: "2026-12-25", name: "Again" }, now })).rejects.toMatchObject({ code: "INVALID", fields: { date: [expect.any(String)] } });
    expect((await calendarEditor(manager, deskId))?.holidays).toEqual([{ id, date: "2026-12-25", name: "Christmas Day" }]);
    expect(await removeSlaHoliday({ actor: manager, input: { holidayId: id }, now })).toEqual({ removed: true });
    expect(await removeSlaHoliday({ actor: manager, input: { holidayId: id }, now })).toEqual({ removed: false });
    expect(await db.slaHoliday.count()).toBe(0);
    expect(await audits("sla.holiday_added")).toEqual([{ entityId: id, details: { calendarId: deskId, date: "2026-12-25", ticketsMoved: 0 } }]);
    expect(await audits("sla.holiday_removed")).toEqual([{ entityId: id, details: { calendarId: deskId, date: "2026-12-25", ticketsMoved: 0 } }]);
  });

  it("moves the due time of a ticket already running on the calendar when a holiday is added", async () => {
    const nurse = actorFor(await createUser(db, { role: "CLINICIAN" }));
    const filed = await fileTestTicket(db, nurse, hospital, { impact: "SINGLE_USER", urgency: "NO_CARE_IMPACT" }, now);
    const before = await db.ticket.findUniqueOrThrow({ where: { id: filed.id }, select: { resolutionDueAt: true, resolutionCalendarId: true } });
    expect(before.resolutionCalendarId).toBe(deskId);
    const dueDay = before.resolutionDueAt!.toISOString().slice(0, 10);
    await addSlaHoliday({ actor: manager, input: { calendarId: deskId, date: dueDay, name: "Staff day" }, now });
    // The change queued one resync job in its transaction; run it as the worker would.
    const [job] = await db.$queryRaw<{ data: { calendarId: string } }[]>`SELECT data FROM pgboss.job WHERE name = 'sla-resync' AND state = 'created'`;
    expect(job?.data).toEqual({ calendarId: deskId });
    expect(await runCalendarResync(db, deskId, () => now)).toBe(1);
    const after = await db.ticket.findUniqueOrThrow({ where: { id: filed.id }, select: { resolutionDueAt: true } });
    expect(after.resolutionDueAt!.getTime()).toBeGreaterThan(before.resolutionDueAt!.getTime());
    expect((await audits("sla.holiday_added"))[0]?.details).toMatchObject({ ticketsMoved: 1 });
  });

  it("turns away a clinician and a technician", async () => {
    for (const role of ["CLINICIAN", "REMOTE_AGENT"] as const) {
      const actor = actorFor(await createUser(db, { role }));
      await expect(createSlaCalendar({ actor, input: input(), now })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(addSlaHoliday({ actor, input: { calendarId: deskId, date: "2026-12-25", name: "Christmas Day" }, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(calendarEditor(actor, deskId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

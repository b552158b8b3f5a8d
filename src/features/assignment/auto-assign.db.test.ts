import { beforeEach, describe, expect, it } from "vitest";
import { formatTicketNumber } from "@/lib/ticket-number";
import { db } from "@/server/db";
import { createTestHospital, type TestHospital } from "../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import type { TFileTicketInput } from "@/features/tickets/schemas";

// The hospital runs on America/New_York (the default HOSPITAL_TIME_ZONE).
const MONDAY_10AM = new Date("2026-11-30T15:00:00Z");
const MONDAY_3AM = new Date("2026-11-30T08:00:00Z");
const h = (hours: number) => hours * 60;

let hospital: TestHospital;
let nurse: ReturnType<typeof actorFor>;

beforeEach(async () => {
  hospital = await createTestHospital(db);
  nurse = actorFor(await createUser(db, { role: "CLINICIAN" }));
});

async function technician(name: string, shifts: { weekday: number; start: number; end: number }[], options: { disabled?: boolean; member?: boolean } = {}) {
  const user = await createUser(db, { role: "ONSITE_TECH", displayName: name, disabledAt: options.disabled ? new Date("2026-01-01T00:00:00Z") : null });
  if (options.member !== false) await db.teamMember.create({ data: { teamId: hospital.onsiteTeam.id, userId: user.id } });
  for (const shift of shifts) {
    await db.teamShift.create({ data: { teamId: hospital.onsiteTeam.id, userId: user.id, weekday: shift.weekday, startMinute: shift.start, endMinute: shift.end } });
  }
  return user;
}

/** Gives `userId` open (or closed) tickets of another team, so only their load differs. */
async function giveTickets(userId: string, count: number, status: "ASSIGNED" | "RESOLVED" = "ASSIGNED") {
  for (let i = 0; i < count; i++) {
    const ticket = await fileTestTicket(db, nurse, hospital, { categoryId: hospital.ehrSlow.id, urgency: "NO_CARE_IMPACT" }, new Date("2026-11-01T12:00:00Z"));
    await db.ticket.update({ where: { id: ticket.id }, data: { assigneeId: userId, status } });
  }
}

async function file(now: Date, overrides: Partial<TFileTicketInput> = {}) {
  const { id } = await fileTestTicket(db, nurse, hospital, { impact: "SINGLE_USER", ...overrides }, now); // P3 unless overridden
  return db.ticket.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { type: "asc" } }, notifications: true } });
}

describe("auto-assignment on filing", () => {
  it("gives the ticket to the least-loaded member on shift, skipping off-shift, disabled and non-member people", async () => {
    const busy = await technician("Busy Bea", [{ weekday: 1, start: h(7), end: h(19) }]);
    const chosen = await technician("Ready Rui", [{ weekday: 1, start: h(7), end: h(19) }]);
    await technician("Disabled Dee", [{ weekday: 1, start: h(7), end: h(19) }], { disabled: true });
    await technician("Tuesday Tom", [{ weekday: 2, start: h(7), end: h(19) }]);
    await technician("Visiting Vic", [{ weekday: 1, start: h(7), end: h(19) }], { member: false });
    await giveTickets(busy.id, 2);
    await giveTickets(chosen.id, 1);
    await giveTickets(chosen.id, 3, "RESOLVED"); // closed work is not load

    const ticket = await file(MONDAY_10AM);

    expect(ticket).toMatchObject({ assigneeId: chosen.id, status: "ASSIGNED", priority: "P3" });
    const event = ticket.events.find((e) => e.type === "ASSIGNED");
    expect(event?.data).toEqual({ assigneeId: chosen.id, assigneeName: "Ready Rui", reason: "least-loaded on shift" });
    const notice = ticket.notifications.find((n) => n.userId === chosen.id);
    expect(notice).toMatchObject({ kind: "ASSIGNED", title: `${formatTicketNumber(ticket.number)} assigned to you: Normal (P3)` });
  });

  it("spreads consecutive tickets across the people on shift", async () => {
    const a = await technician("Ann", [{ weekday: 1, start: h(7), end: h(19) }]);
    const b = await technician("Ben", [{ weekday: 1, start: h(7), end: h(19) }]);
    const first = await file(MONDAY_10AM);
    const second = await file(MONDAY_10AM);
    expect(new Set([first.assigneeId, second.assigneeId])).toEqual(new Set([a.id, b.id]));
  });

  it("finds the overnight person after midnight on the shift that started the evening before", async () => {
    const night = await technician("Night Nia", [{ weekday: 7, start: h(19), end: h(7) }]); // Sunday 19:00 to Monday 07:00
    await technician("Day Dan", [{ weekday: 1, start: h(7), end: h(19) }]);
    const ticket = await file(MONDAY_3AM);
    expect(ticket.assigneeId).toBe(night.id);
  });

  it("finds the Saturday night person on the spring-forward night in New York", async () => {
    const night = await technician("Night Nia", [{ weekday: 6, start: h(19), end: h(7) }]);
    await technician("Sunday Sam", [{ weekday: 7, start: h(7), end: h(19) }]);
    // 03:30 EDT on Sunday 8 March 2026, just after the clocks jumped from 02:00 to 03:00.
    const ticket = await file(new Date("2026-03-08T07:30:00Z"));
    expect(ticket.assigneeId).toBe(night.id);
  });

  it("with nobody on shift, pages the on-call person for a P1 and gives them the ticket, without ticket text in the page", async () => {
    await technician("Day Dan", [{ weekday: 1, start: h(7), end: h(19) }]);
    const onCall = await technician("On-call Oli", []);
    const earlier = await technician("Earlier Eve", []);
    const admin = await createUser(db, { role: "ADMIN" });
    await db.onCallAssignment.createMany({
      data: [
        { teamId: hospital.onsiteTeam.id, userId: earlier.id, startsAt: new Date("2026-11-28T12:00:00Z"), endsAt: new Date("2026-11-29T12:00:00Z"), createdById: admin.id },
        { teamId: hospital.onsiteTeam.id, userId: onCall.id, startsAt: new Date("2026-11-29T12:00:00Z"), endsAt: new Date("2026-11-30T12:00:00Z"), createdById: admin.id },
      ],
    });

    const ticket = await file(MONDAY_3AM, { patientSafety: "yes", summary: "Label printer jammed in bay 3", details: "Bed 7 labels for Mrs Example" });

    expect(ticket).toMatchObject({ priority: "P1", assigneeId: onCall.id, status: "ASSIGNED" });
    expect(ticket.events.find((e) => e.type === "ASSIGNED")?.data).toMatchObject({ assigneeName: "On-call Oli", reason: "on call, nobody on shift" });
    const page = ticket.notifications.find((n) => n.userId === onCall.id);
    expect(page).toMatchObject({ kind: "ON_CALL_PAGE" });
    expect(page?.title).toContain(formatTicketNumber(ticket.number));
    const emails = await db.emailOutbox.findMany({ where: { toAddress: onCall.email } });
    expect(emails).toHaveLength(1);
    const email = `${emails[0]?.subject}\n${emails[0]?.textBody}`;
    expect(email).toContain(formatTicketNumber(ticket.number));
    expect(email).toContain("Critical (P1)");
    expect(email).toContain(`/tickets/${ticket.id}`);
    for (const secret of ["Label printer", "bay 3", "Bed 7", "Example"]) expect(email).not.toContain(secret);
  });

  it("with nobody on shift, leaves a P3 in the team queue and pages nobody", async () => {
    const onCall = await technician("On-call Oli", []);
    const admin = await createUser(db, { role: "ADMIN" });
    await db.onCallAssignment.create({
      data: { teamId: hospital.onsiteTeam.id, userId: onCall.id, startsAt: new Date("2026-11-29T12:00:00Z"), endsAt: new Date("2026-11-30T12:00:00Z"), createdById: admin.id },
    });
    const ticket = await file(MONDAY_3AM);
    expect(ticket).toMatchObject({ priority: "P3", assigneeId: null, status: "NEW" });
    expect(ticket.events.map((e) => e.type)).not.toContain("ASSIGNED");
    expect(await db.notification.count({ where: { userId: onCall.id } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { toAddress: onCall.email } })).toBe(0);
  });

  it("lets a triage rule's assignee win over the rota", async () => {
    await technician("Ready Rui", [{ weekday: 1, start: h(7), end: h(19) }]);
    const picked = await createUser(db, { role: "ONSITE_TECH", displayName: "Picked Pat" });
    await db.triageRule.create({
      data: { position: 1, name: "Pat takes labels", enabled: true, conditions: { summaryWords: ["blank labels"] }, actions: { assignTo: { id: picked.id, name: picked.displayName } } },
    });
    const ticket = await file(MONDAY_10AM);
    expect(ticket).toMatchObject({ assigneeId: picked.id, status: "ASSIGNED" });
    expect(ticket.events.map((e) => e.type)).not.toContain("ASSIGNED");
  });
});

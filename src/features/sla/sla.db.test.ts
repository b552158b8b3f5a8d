// The SLA clock end to end through the real commands: due instants against hand-computed answers across the
// 2026 fall-back weekend in New York, pauses and resumes, a priority change, first response and the fix.
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { changeTicketStatus } from "@/features/work/commands/change-status";
import { addComment } from "@/features/tickets/commands/add-comment";
import { retriageTicket } from "@/features/retriage/commands/retriage-ticket";
import { createTestHospital } from "../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { readClocks } from "./clocks";

const iso = (text: string) => new Date(text);

async function world() {
  const hospital = await createTestHospital(db);
  const nurse = actorFor(await createUser(db));
  const techUser = await createUser(db, { role: "ONSITE_TECH" });
  await db.teamMember.create({ data: { teamId: hospital.onsiteTeam.id, userId: techUser.id } });
  return { hospital, nurse, tech: actorFor(techUser) };
}

type World = Awaited<ReturnType<typeof world>>;

// UNIT + NO_CARE_IMPACT triages to P3 (desk hours); UNIT + CARE_BLOCKED to P1 (around the clock).
const fileP3 = (w: World, at: Date) => fileTestTicket(db, w.nurse, w.hospital, { impact: "UNIT", urgency: "NO_CARE_IMPACT" }, at);
const fileP1 = (w: World, at: Date) => fileTestTicket(db, w.nurse, w.hospital, { impact: "UNIT", urgency: "CARE_BLOCKED" }, at);

async function ticketRow(id: string) {
  return db.ticket.findUniqueOrThrow({ where: { id }, select: { priority: true, version: true, status: true, responseDueAt: true, resolutionDueAt: true, slaPausedAt: true, firstResponseAt: true } });
}

async function pendingJobs(ticketId: string) {
  return db.$queryRaw<{ start_after: Date }[]>`SELECT start_after FROM pgboss.job WHERE name = 'sla-check' AND singleton_key = ${ticketId} AND state = 'created'`;
}

describe("SLA due instants (America/New_York, Mon-Fri 07:00-19:00 desk hours)", () => {
  it("counts P3 targets in desk hours across the fall-back weekend", async () => {
    const w = await world();
    // Friday 2026-10-30 17:00 EDT. Response 4 business hours: Fri 17-19 (2 h) + Mon 07-09 EST (2 h) = Mon 09:00 EST.
    // Fix 3 business days (36 h): Fri 2 h, Mon 12 h, Tue 12 h, Wed 07:00 + 10 h = Wed 17:00 EST.
    const ticket = await fileP3(w, iso("2026-10-30T21:00:00Z"));
    expect(await ticketRow(ticket.id)).toMatchObject({
      priority: "P3",
      responseDueAt: iso("2026-11-02T14:00:00Z"),
      resolutionDueAt: iso("2026-11-04T22:00:00Z"),
      slaPausedAt: null,
    });
  });

  it("counts P1 targets around the clock: 4 real hours across the repeated hour", async () => {
    const w = await world();
    // Sunday 2026-11-01 00:30 EDT (04:30Z); clocks fall back at 06:00Z, so 02:00 local happens twice.
    // Around the clock means real time: 15 min and 4 h after filing, whatever the wall clock says.
    const ticket = await fileP1(w, iso("2026-11-01T04:30:00Z"));
    expect(await ticketRow(ticket.id)).toMatchObject({
      priority: "P1",
      responseDueAt: iso("2026-11-01T04:45:00Z"),
      resolutionDueAt: iso("2026-11-01T08:30:00Z"),
    });
  });

  it("applies a policy set on a parent category to tickets in its subcategories", async () => {
    const w = await world();
    const parent = await db.category.create({ data: { slug: `printers-${w.hospital.onsiteTeam.id.slice(0, 6)}`, name: "Printers", defaultMode: "ONSITE" }, select: { id: true } });
    await db.category.update({ where: { id: w.hospital.labelPrinter.id }, data: { parentId: parent.id } });
    const always = await db.slaCalendar.findFirstOrThrow({ where: { kind: "ALWAYS" }, select: { id: true } });
    await db.slaPolicy.create({
      data: { name: "Printers P3", priority: "P3", categoryId: parent.id, responseMinutes: 60, responseCalendarId: always.id, resolutionMinutes: 480, resolutionCalendarId: always.id },
    });
    const ticket = await fileP3(w, iso("2026-11-28T10:00:00Z")); // a Saturday: only an around-the-clock policy gives these
    expect(await ticketRow(ticket.id)).toMatchObject({ responseDueAt: iso("2026-11-28T11:00:00Z"), resolutionDueAt: iso("2026-11-28T18:00:00Z") });
  });

  it("pauses while waiting on a supplier and moves the fix due time by the business time spent waiting", async () => {
    const w = await world();
    const ticket = await fileP3(w, iso("2026-10-30T21:00:00Z"));
    // Monday 08:00 EST: the technician starts waiting on the supplier. That hands-on status is the response
    // (3 business hours after filing: met). The fix clock has counted 3 h of 36 h.
    let row = await ticketRow(ticket.id);
    await changeTicketStatus({ actor: w.tech, input: { ticketId: ticket.id, version: row.version, status: "WAITING_ON_VENDOR" }, now: iso("2026-11-02T13:00:00Z") });
    row = await ticketRow(ticket.id);
    expect(row).toMatchObject({ status: "WAITING_ON_VENDOR", resolutionDueAt: null, slaPausedAt: iso("2026-11-02T13:00:00Z"), firstResponseAt: iso("2026-11-02T13:00:00Z") });
    expect(await pendingJobs(ticket.id)).toEqual([]);
    const met = await db.slaEvent.findFirstOrThrow({ where: { ticketId: ticket.id, kind: "MET", target: "RESPONSE" } });
    expect(met.elapsedMinutes).toBe(180);

    // Tuesday 10:00 EST the part arrives: 33 h left. Tue 10-19 (9 h), Wed 12 h, Thu 07:00 + 12 h = Thu 19:00 EST.
    await changeTicketStatus({ actor: w.tech, input: { ticketId: ticket.id, version: row.version, status: "IN_PROGRESS" }, now: iso("2026-11-03T15:00:00Z") });
    row = await ticketRow(ticket.id);
    expect(row).toMatchObject({ status: "IN_PROGRESS", resolutionDueAt: iso("2026-11-06T00:00:00Z"), slaPausedAt: null, responseDueAt: iso("2026-11-02T14:00:00Z") });
    const clocks = await readClocks(db, ticket.id, iso("2026-11-03T15:00:00Z"));
    expect(clocks?.clocks.find((clock) => clock.target === "RESOLUTION")?.state.elapsedMs).toBe(3 * 3_600_000);
    const kinds = (await db.slaEvent.findMany({ where: { ticketId: ticket.id }, orderBy: { id: "asc" } })).map((event) => `${event.kind}:${event.target ?? "both"}`);
    expect(kinds).toEqual(["STARTED:both", "TARGETS_SET:both", "STOPPED:RESPONSE", "MET:RESPONSE", "PAUSED:both", "RESUMED:both"]);
  });

  it("pauses while waiting for the reporter and resumes when they reply", async () => {
    const w = await world();
    const ticket = await fileP1(w, iso("2026-11-30T14:00:00Z"));
    let row = await ticketRow(ticket.id);
    await changeTicketStatus({ actor: w.tech, input: { ticketId: ticket.id, version: row.version, status: "WAITING_ON_CLINICIAN" }, now: iso("2026-11-30T14:10:00Z") });
    expect((await ticketRow(ticket.id)).resolutionDueAt).toBeNull();
    // The reporter answers 50 minutes later: the 4 h fix target moves by exactly those 50 minutes.
    await addComment({ actor: w.nurse, input: { ticketId: ticket.id, body: "It shows error 7 on the screen." }, now: iso("2026-11-30T15:00:00Z") });
    row = await ticketRow(ticket.id);
    expect(row).toMatchObject({ status: "IN_PROGRESS", resolutionDueAt: iso("2026-11-30T18:50:00Z"), slaPausedAt: null });
  });

  it("recomputes the targets from filing when the priority changes, keeps the history and reschedules the check", async () => {
    const w = await world();
    const filedAt = iso("2026-11-30T14:00:00Z"); // Monday 09:00 EST
    const ticket = await fileP3(w, filedAt);
    const before = await ticketRow(ticket.id);
    expect(before.responseDueAt).toEqual(iso("2026-11-30T18:00:00Z"));
    // The first check waits for half of the 4 business hours.
    expect((await pendingJobs(ticket.id)).map((job) => job.start_after)).toEqual([iso("2026-11-30T16:00:00Z")]);

    const agent = actorFor(await createUser(db, { role: "REMOTE_AGENT" }));
    await retriageTicket({ actor: agent, input: { ticketId: ticket.id, version: before.version, priority: "P1", reason: "The whole ward is affected" }, now: iso("2026-11-30T14:05:00Z") });
    const after = await ticketRow(ticket.id);
    expect(after).toMatchObject({ priority: "P1", responseDueAt: iso("2026-11-30T14:15:00Z"), resolutionDueAt: iso("2026-11-30T18:00:00Z") });
    // One pending check, at half of the new 15-minute response target, replacing the old one.
    expect((await pendingJobs(ticket.id)).map((job) => job.start_after)).toEqual([iso("2026-11-30T14:07:30Z")]);
    const targets = await db.slaEvent.findMany({ where: { ticketId: ticket.id, kind: "TARGETS_SET" }, orderBy: { id: "asc" } });
    expect(targets.map((event) => (event.data as { responseMinutes: number }).responseMinutes)).toEqual([240, 15]);
    expect(targets[1]?.data).toMatchObject({ previousResponseMinutes: 240, previousResolutionMinutes: 2160 });
  });

  it("stops both clocks when fixed, recording a late response as a breach once", async () => {
    const w = await world();
    const ticket = await fileP1(w, iso("2026-11-30T14:00:00Z"));
    const row = await ticketRow(ticket.id);
    // Fixed 20 minutes in, with no reply before: the response was 5 minutes late, the fix on time.
    await changeTicketStatus({ actor: w.tech, input: { ticketId: ticket.id, version: row.version, status: "RESOLVED" }, now: iso("2026-11-30T14:20:00Z") });
    const events = await db.slaEvent.findMany({ where: { ticketId: ticket.id, kind: { in: ["MET", "BREACHED", "STOPPED"] } }, orderBy: { id: "asc" } });
    expect(events.map((event) => `${event.kind}:${event.target}:${event.elapsedMinutes}`)).toEqual([
      "STOPPED:RESPONSE:20",
      "BREACHED:RESPONSE:20",
      "STOPPED:RESOLUTION:20",
      "MET:RESOLUTION:20",
    ]);
    expect(await pendingJobs(ticket.id)).toEqual([]);
  });
});

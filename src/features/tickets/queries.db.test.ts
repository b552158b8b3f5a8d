import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestHospital, type TestHospital } from "../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { attachmentForDownload, findVisibleTicket, myTickets, ticketDetail, TICKETS_PER_PAGE, unitTickets } from "./queries";

const t0 = new Date("2026-11-30T14:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

async function people(hospital: TestHospital) {
  const [nurseA, nurseB, tech] = await Promise.all([createUser(db, { displayName: "Nurse A" }), createUser(db, { displayName: "Nurse B" }), createUser(db, { role: "ONSITE_TECH", displayName: "Tech" })]);
  await db.user.updateMany({ where: { id: { in: [nurseA.id, nurseB.id] } }, data: { homeUnitId: hospital.ward.id } });
  await db.teamMember.create({ data: { teamId: hospital.onsiteTeam.id, userId: tech.id } });
  const reload = async (id: string) => actorFor(await db.user.findUniqueOrThrow({ where: { id } }));
  return { nurseA: await reload(nurseA.id), nurseB: await reload(nurseB.id), tech: await reload(tech.id) };
}

describe("myTickets", () => {
  it("lists what the person reported, filed or joined, last changed first, and nothing else", async () => {
    const hospital = await createTestHospital(db);
    const { nurseA, nurseB, tech } = await people(hospital);
    const own = await fileTestTicket(db, nurseA, hospital, { summary: "Own ticket here" }, minutes(0));
    const joined = await fileTestTicket(db, nurseB, hospital, { summary: "Joined ticket" }, minutes(1));
    await db.ticketAffectedUser.create({ data: { ticketId: joined.id, userId: nurseA.userId } });
    await fileTestTicket(db, nurseB, hospital, { summary: "Not mine at all" }, minutes(2));
    const forA = await fileTestTicket(db, tech, hospital, { summary: "Filed for nurse A", requesterEmail: nurseA.email }, minutes(3));
    // Filing stamps updatedAt with the wall clock; pin every row so the order under test is explicit.
    for (const [id, at] of [[own.id, 10], [joined.id, 1], [forA.id, 3]] as const) {
      await db.ticket.update({ where: { id }, data: { updatedAt: minutes(at) } });
    }

    const list = await myTickets(nurseA, {});
    expect(list.rows.map((row) => row.id)).toEqual([own.id, forA.id, joined.id]);
    expect(list.rows[0]).toMatchObject({ summary: "Own ticket here", status: "NEW", team: { name: hospital.onsiteTeam.name } });
    expect(list.nextCursor).toBeNull();
    // A technician's "My tickets" is what they reported or filed, not their team's whole queue.
    expect((await myTickets(tech, {})).rows.map((row) => row.id)).toEqual([forA.id]);
  });

  it("pages by last change without skipping or repeating rows that share a time", async () => {
    const hospital = await createTestHospital(db);
    const { nurseA } = await people(hospital);
    const total = TICKETS_PER_PAGE + 5;
    for (let i = 0; i < total; i++) await fileTestTicket(db, nurseA, hospital, { summary: `Ticket number ${i}` }, minutes(i));
    await db.ticket.updateMany({ data: { updatedAt: minutes(100) } }); // every row ties on updatedAt
    const first = await myTickets(nurseA, {});
    expect(first.rows).toHaveLength(TICKETS_PER_PAGE);
    expect(first.nextCursor).not.toBeNull();
    const second = await myTickets(nurseA, { cursor: first.nextCursor! });
    expect(second.rows).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(total);
    // A tampered cursor falls back to the first page rather than failing.
    expect((await myTickets(nurseA, { cursor: "garbage" })).rows).toHaveLength(TICKETS_PER_PAGE);
  });
});

describe("unitTickets", () => {
  it("lists open tickets in the home unit and its rooms, summary only, marking which may be opened", async () => {
    const hospital = await createTestHospital(db);
    const { nurseA, nurseB } = await people(hospital);
    const inRoom = await fileTestTicket(db, nurseB, hospital, { summary: "Room printer broken" }, minutes(0));
    const onUnit = await fileTestTicket(db, nurseA, hospital, { summary: "Unit workstation", locationId: hospital.ward.id }, minutes(1));
    await fileTestTicket(db, nurseA, hospital, { summary: "Elsewhere in ICU", locationId: hospital.icuRoom.id }, minutes(2));
    const closed = await fileTestTicket(db, nurseB, hospital, { summary: "Closed already" }, minutes(3));
    await db.ticket.update({ where: { id: closed.id }, data: { status: "CLOSED" } });

    const unit = await unitTickets(nurseA, {});
    expect(unit.unitName).toBe("4 West");
    expect(unit.rows.map((row) => [row.id, row.canOpen])).toEqual([
      [onUnit.id, true],
      [inRoom.id, false],
    ]);
    expect(Object.keys(unit.rows[0]!).sort()).toEqual(["canOpen", "createdAt", "id", "number", "status", "summary", "updatedAt"]);
  });

  it("is empty for someone without a home unit and refused to technicians", async () => {
    const hospital = await createTestHospital(db);
    const { tech } = await people(hospital);
    const loner = actorFor(await createUser(db));
    expect(await unitTickets(loner, {})).toEqual({ unitName: null, rows: [], nextCursor: null });
    await expect(unitTickets(tech, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("ticketDetail", () => {
  it("shows the clinician the timeline with the triage reason but never internal notes or SLA bookkeeping", async () => {
    const hospital = await createTestHospital(db);
    const { nurseA, tech } = await people(hospital);
    const ticket = await fileTestTicket(db, nurseA, hospital, {}, minutes(0));
    await db.comment.createMany({
      data: [
        { ticketId: ticket.id, authorId: tech.userId, body: "Public: on my way", visibility: "PUBLIC", createdAt: minutes(5) },
        { ticketId: ticket.id, authorId: tech.userId, body: "Internal: vendor RMA 4471", visibility: "INTERNAL", createdAt: minutes(6) },
      ],
    });
    await db.ticketEvent.create({ data: { ticketId: ticket.id, type: "SLA", data: { message: "Response target breached" }, createdAt: minutes(7) } });

    const seen = await ticketDetail(nurseA, ticket.id);
    expect(seen?.location).toBe("Test Campus › Tower › Floor 4 › 4 West › Room 412");
    const text = JSON.stringify(seen);
    expect(text).not.toContain("Internal: vendor");
    expect(text).not.toContain("breached");
    expect(seen?.timeline.map((entry) => (entry.kind === "comment" ? entry.body : entry.words.title))).toEqual([
      "Reported by Nurse A",
      `Priority P2, sent to ${hospital.onsiteTeam.name}`,
      "Public: on my way",
    ]);
    expect(seen?.timeline[1]).toMatchObject({ words: { detail: expect.stringContaining("P2 from the answers") } });

    const staffView = JSON.stringify(await ticketDetail(tech, ticket.id));
    expect(staffView).toContain("Internal: vendor RMA 4471");
    expect(staffView).toContain("breached");
  });

  it("is null for a ticket the actor may not see and for ids that are not ids", async () => {
    const hospital = await createTestHospital(db);
    const { nurseA, nurseB } = await people(hospital);
    const ticket = await fileTestTicket(db, nurseA, hospital, {}, minutes(0));
    expect(await ticketDetail(nurseB, ticket.id)).toBeNull();
    expect(await ticketDetail(nurseA, "1; DROP TABLE")).toBeNull();
    expect(await ticketDetail(nurseA, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});

describe("someone who joined a ticket (affects me too)", () => {
  it("follows its progress but never sees the reporter's details, messages or files, nor adds to them", async () => {
    const hospital = await createTestHospital(db);
    const { nurseA, nurseB } = await people(hospital);
    const ticket = await fileTestTicket(db, nurseA, hospital, { details: "Only the reporter and IT read this", callbackNumber: "ext 1234" }, minutes(0));
    await db.ticketAffectedUser.create({ data: { ticketId: ticket.id, userId: nurseB.userId } });
    await db.comment.create({ data: { ticketId: ticket.id, authorId: nurseA.userId, body: "Reporter's message", visibility: "PUBLIC" } });
    const file = await db.attachment.create({
      data: { ticketId: ticket.id, uploadedById: nurseA.userId, fileName: "screen.png", contentType: "image/png", sizeBytes: 1, sha256: "x", content: Buffer.from([1]) },
    });

    const followed = await ticketDetail(nurseB, ticket.id);
    expect(followed).toMatchObject({ followerOnly: true, details: "", callbackNumber: "", attachments: [], comments: [] });
    expect(JSON.stringify(followed)).not.toMatch(/Only the reporter|Reporter's message|ext 1234|screen\.png/);
    expect(await attachmentForDownload(nurseB, ticket.id, file.id)).toBeNull();
    await expect(findVisibleTicket(nurseB, ticket.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const own = await ticketDetail(nurseA, ticket.id);
    expect(own).toMatchObject({ followerOnly: false, details: "Only the reporter and IT read this", callbackNumber: "ext 1234" });
  });
});

describe("downtimes in the ticket timeline", () => {
  it("shows downtimes on the ticket's campus or hospital-wide while it was open, not others", async () => {
    const hospital = await createTestHospital(db);
    const { nurseA } = await people(hospital);
    // Relative to the real clock: an open ticket's timeline runs until now.
    const at = (m: number) => new Date(Date.now() - 60 * 60_000 + m * 60_000);
    const ticket = await fileTestTicket(db, nurseA, hospital, {}, at(0));
    const elsewhere = await db.location.create({ data: { kind: "CAMPUS", name: "Elsewhere", code: `else-${ticket.id.slice(0, 6)}` } });
    const declare = (title: string, campusIds: string[], startedAt: Date, endedAt: Date | null) =>
      db.downtime.create({ data: { title, message: "Use downtime procedures.", campusIds, startedAt, endedAt, declaredById: nurseA.userId } });
    await declare("EHR unavailable here", [hospital.campus.id], at(5), at(50));
    await declare("Hospital-wide network outage", [], at(-30), null);
    await declare("Other campus only", [elsewhere.id], at(5), null);
    await declare("Long before this ticket", [], at(-300), at(-200));

    const titles = (await ticketDetail(nurseA, ticket.id))!.timeline.flatMap((entry) => (entry.kind === "event" ? [entry.words.title] : []));
    expect(titles).toContain("Downtime declared: EHR unavailable here");
    expect(titles).toContain("Downtime ended: EHR unavailable here");
    expect(titles).toContain("Downtime declared: Hospital-wide network outage");
    expect(titles.join(" ")).not.toMatch(/Other campus only|Long before this ticket/);
  });
});


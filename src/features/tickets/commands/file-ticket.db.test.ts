import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { createTestHospital, type TestHospital } from "../../../../tests/factories/hospital";
import { actorFor, ticketInput } from "../../../../tests/factories/tickets";
import { createUser } from "../../../../tests/factories/users";
import { ZFileTicket, type TFileTicketInput } from "../schemas";
import { fileTicket } from "./file-ticket";

const now = new Date("2026-12-01T03:10:00Z");
let hospital: TestHospital;
let nurse: ReturnType<typeof actorFor>;

beforeEach(async () => {
  hospital = await createTestHospital(db);
  nurse = actorFor(await createUser(db, { role: "CLINICIAN" }));
});

const file = (overrides: Partial<TFileTicketInput> = {}, actor = nurse) =>
  fileTicket({ actor, input: ZFileTicket.parse(ticketInput(hospital, overrides)), now });

async function filed(overrides: Partial<TFileTicketInput> = {}, actor = nurse) {
  const result = await file(overrides, actor);
  if (result.kind !== "filed") throw new Error(`expected a ticket, got ${result.kind}`);
  return db.ticket.findUniqueOrThrow({ where: { id: result.ticket.id }, include: { events: true } });
}

const counts = async () => ({
  tickets: await db.ticket.count(),
  events: await db.ticketEvent.count(),
  audits: await db.auditLog.count(),
  notifications: await db.notification.count(),
  emails: await db.emailOutbox.count(),
});

describe("fileTicket triage and routing", () => {
  it("sends a ward label printer on site to the campus's default team", async () => {
    const ticket = await filed();
    expect(ticket).toMatchObject({ priority: "P2", mode: "ONSITE", teamId: hospital.onsiteTeam.id, requesterId: nurse.userId, filedById: nurse.userId, status: "NEW" });
    expect(ticket.triageExplanation).toContain("P2 from the answers: my unit, patient care is slowed");
    expect(ticket.triageExplanation).toContain(`to ${hospital.onsiteTeam.name} (on site)`);
    expect(ticket.responseDueAt).not.toBeNull();
    expect(ticket.events.map((event) => event.type).sort()).toEqual(["CREATED", "TRIAGED"]);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "ticket.filed", entityId: ticket.id } })).toMatchObject({
      actorId: nurse.userId,
      details: { priority: "P2", redactions: 0, redactedKinds: null },
    });
    expect(await db.notification.count({ where: { ticketId: ticket.id, userId: nurse.userId, kind: "TICKET_FILED" } })).toBe(1);
  });

  it("sends slow patient records to the applications team, remotely", async () => {
    const ticket = await filed({ categoryId: hospital.ehrSlow.id, impact: "SINGLE_USER", urgency: "CARE_SLOWED" });
    expect(ticket).toMatchObject({ priority: "P3", mode: "REMOTE", teamId: hospital.appsTeam.id });
    expect(ticket.triageExplanation).toContain(`to ${hospital.appsTeam.name} (remote)`);
  });

  it("makes a patient at risk P1 whatever the other answers", async () => {
    const ticket = await filed({ impact: "SINGLE_USER", urgency: "NO_CARE_IMPACT", patientSafety: "yes" });
    expect(ticket).toMatchObject({ priority: "P1", patientSafety: true });
    expect(ticket.triageExplanation).toContain("raised to P1 because a patient is at risk");
  });

  it("raises a problem in an ICU room to at least P2, naming the unit", async () => {
    const ticket = await filed({ locationId: hospital.icuRoom.id, impact: "SINGLE_USER", urgency: "CARE_SLOWED" });
    expect(ticket.priority).toBe("P2");
    expect(ticket.locationId).toBe(hospital.icuRoom.id);
    expect(ticket.triageExplanation).toContain("raised to P2 because ICU is a critical-care unit");
  });
});

describe("fileTicket idempotency", () => {
  it("files once for the same key and says the second answer is a duplicate", async () => {
    const idempotencyKey = randomUUID();
    const first = await file({ idempotencyKey });
    const second = await file({ idempotencyKey, summary: "Changed my mind about the words" });
    expect(first).toMatchObject({ kind: "filed", duplicate: false });
    expect(second).toEqual({ kind: "filed", duplicate: true, ticket: first.kind === "filed" ? first.ticket : null });
    expect(await counts()).toMatchObject({ tickets: 1, events: 2, audits: 1, notifications: 1 });
  });

  it("makes exactly one ticket from ten simultaneous submissions with one key", async () => {
    const idempotencyKey = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => file({ idempotencyKey })));
    const ids = new Set(results.map((result) => (result.kind === "filed" ? result.ticket.id : null)));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => result.kind === "filed" && !result.duplicate)).toHaveLength(1);
    expect(await counts()).toMatchObject({ tickets: 1, events: 2, audits: 1, notifications: 1 });
  });

  it("refuses another user's key without revealing the ticket", async () => {
    const idempotencyKey = randomUUID();
    await file({ idempotencyKey });
    const other = actorFor(await createUser(db, { role: "CLINICIAN" }));
    const attempt = file({ idempotencyKey }, other);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.ticket.count()).toBe(1);
  });
});

describe("fileTicket PHI guard", () => {
  it("stops a medical record number and stores nothing at all", async () => {
    const result = await file({ summary: "Label printer for MRN 1234567 is broken" });
    expect(result).toEqual({
      kind: "phi_found",
      findings: { summary: [expect.objectContaining({ kind: "mrn", text: "MRN 1234567" })], details: [] },
    });
    expect(await counts()).toEqual({ tickets: 0, events: 0, audits: 0, notifications: 0, emails: 0 });
  });

  it("on request stores [redacted] instead, and the number appears nowhere", async () => {
    const ticket = await filed({ summary: "Label printer for MRN 1234567 is broken", details: "DOB 03/14/1961, bed 4 Smith", phiDecision: "redact" });
    expect(ticket.summary).toBe("Label printer for [redacted] is broken");
    expect(ticket.details).not.toMatch(/1961|Smith/);
    const everything = JSON.stringify([
      await db.ticket.findMany(),
      await db.ticketEvent.findMany(),
      await db.auditLog.findMany({ select: { action: true, details: true, entityId: true } }),
      await db.notification.findMany(),
      await db.emailOutbox.findMany(),
    ]);
    expect(everything).not.toContain("1234567");
    expect(everything).not.toContain("1961");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.filed" } });
    expect(audit.details).toMatchObject({ redactions: 3 });
    expect(String((audit.details as { redactedKinds: string }).redactedKinds).split(",").sort()).toEqual(["bed_name", "dob", "mrn"]);
  });
});

describe("fileTicket transaction", () => {
  it("rolls back the ticket, its events and its audit row when the notification cannot be written", async () => {
    await db.$executeRawUnsafe(`CREATE FUNCTION test_refuse_notification() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'notification refused by test'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_notification BEFORE INSERT ON "Notification" FOR EACH ROW EXECUTE FUNCTION test_refuse_notification()`);
    try {
      await expect(file()).rejects.toThrow();
      expect(await counts()).toEqual({ tickets: 0, events: 0, audits: 0, notifications: 0, emails: 0 });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_notification ON "Notification"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_refuse_notification()`);
    }
  });
});

describe("fileTicket on behalf of a caller", () => {
  it("lets a technician file for a clinician: the caller is the requester, the technician filed it", async () => {
    const tech = actorFor(await createUser(db, { role: "ONSITE_TECH" }));
    const caller = await createUser(db, { role: "CLINICIAN" });
    const ticket = await filed({ requesterEmail: caller.email.toUpperCase() }, tech);
    expect(ticket).toMatchObject({ requesterId: caller.id, filedById: tech.userId });
    expect(await db.notification.count({ where: { userId: caller.id } })).toBe(1);
  });

  it("refuses a clinician who names someone else, and stores nothing", async () => {
    const other = await createUser(db, { role: "CLINICIAN" });
    await expect(file({ requesterEmail: other.email })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual({ tickets: 0, events: 0, audits: 0, notifications: 0, emails: 0 });
  });
});

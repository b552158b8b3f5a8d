import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestHospital } from "../../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../../tests/factories/tickets";
import { createUser } from "../../../../tests/factories/users";
import { ticketDetail } from "../queries";
import { addComment } from "./add-comment";

const now = new Date("2026-11-30T14:00:00Z");
const later = new Date("2026-11-30T14:30:00Z");

async function setup() {
  const hospital = await createTestHospital(db);
  const [nurseA, nurseB, tech] = await Promise.all([
    createUser(db, { displayName: "Nurse A" }),
    createUser(db, { displayName: "Nurse B" }),
    createUser(db, { role: "ONSITE_TECH", displayName: "Tech" }),
  ]);
  await db.teamMember.create({ data: { teamId: hospital.onsiteTeam.id, userId: tech.id } });
  const ticket = await fileTestTicket(db, actorFor(nurseA), hospital, {}, now);
  return { hospital, nurseA: actorFor(nurseA), nurseB: actorFor(nurseB), tech: actorFor(tech), ticket };
}

describe("addComment", () => {
  it("stores a public message with its event and audit row, and bumps the version", async () => {
    const { nurseA, ticket } = await setup();
    const result = await addComment({ actor: nurseA, input: { ticketId: ticket.id, body: "It also jams on the second printer." }, now: later });
    expect(result.kind).toBe("added");
    const comment = await db.comment.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(comment).toMatchObject({ body: "It also jams on the second printer.", visibility: "PUBLIC", authorId: nurseA.userId, createdAt: later });
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "COMMENTED" } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.commented", entityId: ticket.id } });
    expect(JSON.stringify(audit.details)).not.toContain("jams");
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { version: true, updatedAt: true } })).toEqual({ version: 2, updatedAt: later });
    // The reporter's own message notifies nobody.
    expect(await db.notification.count({ where: { kind: "PUBLIC_REPLY" } })).toBe(0);
  });

  it("moves a ticket waiting on the reporter back to in progress when the reporter answers", async () => {
    const { nurseA, ticket } = await setup();
    await db.ticket.update({ where: { id: ticket.id }, data: { status: "WAITING_ON_CLINICIAN" } });
    await addComment({ actor: nurseA, input: { ticketId: ticket.id, body: "Yes, it is the one by the window." }, now: later });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("IN_PROGRESS");
    const event = await db.ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, type: "STATUS_CHANGED" } });
    expect(event.data).toMatchObject({ from: "WAITING_ON_CLINICIAN", to: "IN_PROGRESS" });
  });

  it("leaves the status alone when a technician writes while waiting on the reporter, and notifies the reporter", async () => {
    const { tech, ticket } = await setup();
    await db.ticket.update({ where: { id: ticket.id }, data: { status: "WAITING_ON_CLINICIAN" } });
    await addComment({ actor: tech, input: { ticketId: ticket.id, body: "Which printer is it?" }, now: later });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("WAITING_ON_CLINICIAN");
    const notice = await db.notification.findFirstOrThrow({ where: { kind: "PUBLIC_REPLY", ticketId: ticket.id } });
    expect(notice.title).not.toContain("Which printer");
    expect(await db.emailOutbox.count({ where: { subject: { contains: "IT replied" } } })).toBe(1);
  });

  it("stops likely patient data, then stores it redacted when asked", async () => {
    const { nurseA, ticket } = await setup();
    const body = "Printer in room 12 Smith is blank, MRN 12345678";
    const stopped = await addComment({ actor: nurseA, input: { ticketId: ticket.id, body }, now: later });
    expect(stopped.kind).toBe("phi_found");
    expect(await db.comment.count()).toBe(0);
    await addComment({ actor: nurseA, input: { ticketId: ticket.id, body, phiDecision: "redact" }, now: later });
    const stored = await db.comment.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(stored.body).not.toMatch(/Smith|12345678/);
    expect(stored.body).toContain("[redacted]");
  });

  it("answers NOT_FOUND to a clinician writing on someone else's ticket, and for made-up ids", async () => {
    const { nurseB, ticket } = await setup();
    await expect(addComment({ actor: nurseB, input: { ticketId: ticket.id, body: "Me too" }, now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addComment({ actor: nurseB, input: { ticketId: "not-a-uuid", body: "Me too" }, now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.comment.count()).toBe(0);
    expect(await ticketDetail(nurseB, ticket.id)).toBeNull();
  });

  it("refuses roles that may not reply publicly", async () => {
    const { ticket } = await setup();
    const admin = actorFor(await createUser(db, { role: "ADMIN" }));
    await expect(addComment({ actor: admin, input: { ticketId: ticket.id, body: "Hello" }, now: later })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("records IT's first public reply as the first response, once", async () => {
    const { tech, ticket } = await setup();
    await addComment({ actor: tech, input: { ticketId: ticket.id, body: "On my way with a new roll." }, now: later });
    await addComment({ actor: tech, input: { ticketId: ticket.id, body: "Fixed, please check." }, now: new Date(later.getTime() + 600_000) });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { firstResponseAt: true } })).firstResponseAt).toEqual(later);
  });
});


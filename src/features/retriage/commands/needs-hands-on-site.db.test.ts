import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ticketDetail } from "@/features/tickets/queries";
import { createTestHospital } from "../../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../../tests/factories/tickets";
import { createUser } from "../../../../tests/factories/users";
import { needsHandsOnSite } from "./needs-hands-on-site";

const filedAt = new Date("2026-11-20T14:00:00Z");
const later = new Date("2026-11-20T15:10:00Z");
const NOTE = "Reseat the network cable behind the nurses' station PC";

async function setup(categoryKey: "ehrSlow" | "labelPrinter" = "ehrSlow") {
  const hospital = await createTestHospital(db);
  const [clinicianUser, agentUser] = await Promise.all([createUser(db), createUser(db, { role: "REMOTE_AGENT", displayName: "Sam Lee" })]);
  const clinician = actorFor(clinicianUser);
  const agent = actorFor(agentUser);
  const filed = await fileTestTicket(db, clinician, hospital, { categoryId: hospital[categoryKey].id }, filedAt);
  const ticket = await db.ticket.findUniqueOrThrow({ where: { id: filed.id } });
  return { hospital, clinician, agent, ticket, input: { ticketId: ticket.id, version: ticket.version, note: NOTE } };
}

describe("needsHandsOnSite", () => {
  it("sends a remote ticket to the campus on-site team, keeping its filing time and service targets", async () => {
    const { hospital, clinician, agent, ticket, input } = await setup();
    await db.ticket.update({ where: { id: ticket.id }, data: { status: "IN_PROGRESS", assigneeId: agent.userId } });
    const result = await needsHandsOnSite({ actor: agent, input, now: later });
    expect(result).toEqual({ version: ticket.version + 1, teamName: hospital.onsiteTeam.name });
    const after = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(after).toMatchObject({
      teamId: hospital.onsiteTeam.id, mode: "ONSITE", assigneeId: null, status: "NEW", createdAt: filedAt,
      priority: ticket.priority, responseDueAt: ticket.responseDueAt, resolutionDueAt: ticket.resolutionDueAt,
    });
    const comment = await db.comment.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(comment).toMatchObject({ body: NOTE, visibility: "INTERNAL", authorId: agent.userId });
    const event = await db.ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, type: "REROUTED" } });
    expect(event.data).toMatchObject({
      fromTeamId: hospital.appsTeam.id, toTeamId: hospital.onsiteTeam.id, reason: "needs hands on site", commentId: comment.id, fromStatus: "IN_PROGRESS",
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.rerouted_onsite", entityId: ticket.id } });
    expect(JSON.stringify(audit.details)).not.toContain("cable");

    const clinicianView = await ticketDetail(clinician, ticket.id);
    expect(JSON.stringify(clinicianView)).not.toContain("cable");
    expect(clinicianView!.timeline).toContainEqual(
      expect.objectContaining({ words: { title: `Sent to ${hospital.onsiteTeam.name}, who will come to you` } }),
    );
    const staffView = await ticketDetail(agent, ticket.id);
    expect(staffView!.timeline).toContainEqual(expect.objectContaining({ kind: "comment", body: NOTE, internal: true }));
  });

  it("refuses an on-site ticket", async () => {
    const { agent, input } = await setup("labelPrinter");
    await expect(needsHandsOnSite({ actor: agent, input, now: later })).rejects.toMatchObject({ code: "INVALID", message: "This ticket is already with an on-site team." });
  });

  it("refuses with a clear message when the campus has no on-site team", async () => {
    const { agent, ticket, input } = await setup();
    const campus = await db.location.create({ data: { kind: "CAMPUS", name: "Hillside Clinic", code: `hc-${ticket.id.slice(0, 6)}` }, select: { id: true } });
    await db.ticket.update({ where: { id: ticket.id }, data: { locationId: campus.id } });
    await expect(needsHandsOnSite({ actor: agent, input, now: later })).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("No on-site team covers Hillside Clinic") });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).mode).toBe("REMOTE");
  });

  it("refuses a note with patient data and stores nothing", async () => {
    const { agent, ticket, input } = await setup();
    await expect(needsHandsOnSite({ actor: agent, input: { ...input, note: "Patient MRN 12345678 cannot be charted" }, now: later })).rejects.toMatchObject({
      code: "INVALID",
      fields: { note: [expect.stringContaining("patient information")] },
    });
    expect(await db.comment.count({ where: { ticketId: ticket.id } })).toBe(0);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).mode).toBe("REMOTE");
  });

  it("refuses a stale version, a clinician and an unknown ticket", async () => {
    const { clinician, agent, ticket, input } = await setup();
    await expect(needsHandsOnSite({ actor: agent, input: { ...input, version: ticket.version + 1 }, now: later })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(needsHandsOnSite({ actor: clinician, input, now: later })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      needsHandsOnSite({ actor: agent, input: { ...input, ticketId: "00000000-0000-4000-8000-000000000000" }, now: later }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "REROUTED" } })).toBe(0);
  });
});

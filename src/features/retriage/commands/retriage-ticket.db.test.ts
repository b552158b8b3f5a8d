import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ticketDetail } from "@/features/tickets/queries";
import { createTestHospital } from "../../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../../tests/factories/tickets";
import { createUser } from "../../../../tests/factories/users";
import { retriageTicket } from "./retriage-ticket";

const filedAt = new Date("2026-11-20T14:00:00Z");
const later = new Date("2026-11-20T16:30:00Z");

async function setup() {
  const hospital = await createTestHospital(db);
  const [clinicianUser, agentUser] = await Promise.all([createUser(db), createUser(db, { role: "REMOTE_AGENT", displayName: "Sam Lee" })]);
  const clinician = actorFor(clinicianUser);
  // ehrSlow is a remote category for the apps team; impact UNIT + care slowed triages to P2.
  const ticket = await fileTestTicket(db, clinician, hospital, { categoryId: hospital.ehrSlow.id }, filedAt);
  const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
  return { hospital, clinician, agent: actorFor(agentUser), ticket: row };
}

describe("retriageTicket", () => {
  it("raises the priority with a reason and recomputes the service targets from the filing time", async () => {
    const { clinician, agent, ticket } = await setup();
    expect(ticket.priority).toBe("P2");
    const result = await retriageTicket({ actor: agent, input: { ticketId: ticket.id, version: ticket.version, priority: "P1", reason: "Whole ward affected now" }, now: later });
    expect(result.version).toBe(ticket.version + 1);
    const after = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    // The default P1 policy runs around the clock: 15 min to respond, 4 h to fix, counted from filing.
    const p1Due = { responseDueAt: new Date(filedAt.getTime() + 15 * 60_000), resolutionDueAt: new Date(filedAt.getTime() + 4 * 3_600_000) };
    expect(after).toMatchObject({ priority: "P1", createdAt: filedAt, updatedAt: later, ...p1Due, responseTargetMinutes: 15, resolutionTargetMinutes: 240 });
    const event = await db.ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, type: "PRIORITY_CHANGED" } });
    expect(event.data).toEqual({
      from: "P2", to: "P1", reason: "Whole ward affected now",
      previousResponseDueAt: ticket.responseDueAt!.toISOString(), previousResolutionDueAt: ticket.resolutionDueAt!.toISOString(),
      responseDueAt: p1Due.responseDueAt.toISOString(), resolutionDueAt: p1Due.resolutionDueAt.toISOString(),
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.retriaged", entityId: ticket.id } });
    expect(audit.details).toEqual({ priority: true, team: false, mode: false });

    const staffView = await ticketDetail(agent, ticket.id);
    expect(JSON.stringify(staffView!.timeline)).toContain("Whole ward affected now");
    const clinicianView = await ticketDetail(clinician, ticket.id);
    expect(JSON.stringify(clinicianView)).not.toContain("Whole ward");
    expect(clinicianView!.timeline).toContainEqual(expect.objectContaining({ words: { title: "Priority raised to Critical (P1)" } }));
  });

  it("moves the ticket to another team: assignee cleared, back to received, SLA unchanged", async () => {
    const { hospital, agent, ticket } = await setup();
    await db.ticket.update({ where: { id: ticket.id }, data: { status: "ASSIGNED", assigneeId: agent.userId, version: 3 } });
    await retriageTicket({ actor: agent, input: { ticketId: ticket.id, version: 3, teamId: hospital.onsiteTeam.id, mode: "ONSITE", reason: "Cable fault" }, now: later });
    const after = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(after).toMatchObject({ teamId: hospital.onsiteTeam.id, mode: "ONSITE", assigneeId: null, status: "NEW", version: 4, responseDueAt: ticket.responseDueAt });
    const event = await db.ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, type: "REROUTED" } });
    expect(event.data).toMatchObject({ fromTeamId: hospital.appsTeam.id, toTeamId: hospital.onsiteTeam.id, fromMode: "REMOTE", toMode: "ONSITE", previousAssigneeId: agent.userId, reason: "Cable fault" });
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "PRIORITY_CHANGED" } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.retriaged", entityId: ticket.id } });
    expect(audit.details).toEqual({ priority: false, team: true, mode: true });
  });

  it("refuses a reason with patient data and stores nothing", async () => {
    const { agent, ticket } = await setup();
    await expect(
      retriageTicket({ actor: agent, input: { ticketId: ticket.id, version: ticket.version, priority: "P1", reason: "Labels for MRN 12345678 blank" }, now: later }),
    ).rejects.toMatchObject({ code: "INVALID", fields: { reason: [expect.stringContaining("patient information")] } });
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ priority: "P2", version: ticket.version });
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: { in: ["PRIORITY_CHANGED", "REROUTED"] } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "ticket.retriaged", entityId: ticket.id } })).toBe(0);
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const { agent, ticket } = await setup();
    await expect(
      retriageTicket({ actor: agent, input: { ticketId: ticket.id, version: ticket.version + 1, priority: "P1", reason: "Whole ward" }, now: later }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "Someone updated this ticket while you were reading it; here is the latest." });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).priority).toBe("P2");
  });

  it("refuses when nothing changes", async () => {
    const { agent, ticket } = await setup();
    await expect(
      retriageTicket({ actor: agent, input: { ticketId: ticket.id, version: ticket.version, priority: "P2", mode: "REMOTE", reason: "Checked" }, now: later }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("is forbidden to clinicians, and an unknown ticket is NOT_FOUND", async () => {
    const { clinician, agent, ticket } = await setup();
    await expect(
      retriageTicket({ actor: clinician, input: { ticketId: ticket.id, version: ticket.version, priority: "P1", reason: "Please hurry" }, now: later }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      retriageTicket({ actor: agent, input: { ticketId: "00000000-0000-4000-8000-000000000000", version: 1, priority: "P1", reason: "Whole ward" }, now: later }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).priority).toBe("P2");
  });
});

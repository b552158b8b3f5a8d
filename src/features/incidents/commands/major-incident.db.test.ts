import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestHospital } from "../../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../../tests/factories/tickets";
import { createUser } from "../../../../tests/factories/users";
import { proposedIncidents } from "../queries";
import { confirmMajorIncident } from "./confirm-major-incident";
import { resolveMajorIncident } from "./resolve-major-incident";

const filedAt = new Date("2026-11-24T09:00:00Z");
const now = new Date(filedAt.getTime() + 10 * 60_000);

async function threeReports() {
  const hospital = await createTestHospital(db);
  const [clinician, tech] = await Promise.all([createUser(db), createUser(db, { role: "ONSITE_TECH" })]);
  const reporter = actorFor(clinician);
  const tickets = [];
  for (let i = 0; i < 3; i += 1) tickets.push(await fileTestTicket(db, reporter, hospital, { impact: "UNIT" }, filedAt));
  return { hospital, reporter, tech: actorFor(tech), ticketIds: tickets.map((t) => t.id) };
}

describe("major incidents", () => {
  it("proposes the three reports, then confirming links all of them with events and one audit row", async () => {
    const { hospital, tech, ticketIds } = await threeReports();
    const proposals = await proposedIncidents(tech, now);
    const mine = proposals.find((p) => p.categoryId === hospital.labelPrinter.id);
    expect(mine).toMatchObject({ buildingId: hospital.building.id, title: "Label printer — Tower, 3 reports" });
    expect([...(mine?.ticketIds ?? [])].sort()).toEqual([...ticketIds].sort());

    const result = await confirmMajorIncident({ actor: tech, input: { ticketIds, title: "Label printers down", publicMessage: "We are on it." }, now });
    expect(result.linked).toBe(3);
    const incident = await db.majorIncident.findUniqueOrThrow({ where: { id: result.incidentId } });
    expect(incident).toMatchObject({ status: "OPEN", categoryId: hospital.labelPrinter.id, buildingId: hospital.building.id, declaredById: tech.userId });
    const linked = await db.ticket.findMany({ where: { id: { in: ticketIds } }, select: { majorIncidentId: true, version: true } });
    expect(linked.every((t) => t.majorIncidentId === incident.id && t.version === 2)).toBe(true);
    const events = await db.ticketEvent.findMany({ where: { ticketId: { in: ticketIds }, type: "MAJOR_INCIDENT_LINKED" } });
    expect(events).toHaveLength(3);
    expect(events[0]?.data).toEqual({ title: "Label printers down" });
    const audits = await db.auditLog.findMany({ where: { action: "incident.confirmed", entityId: incident.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]?.details).toMatchObject({ count: 3 });
    expect(JSON.stringify(audits[0]?.details)).not.toContain("We are on it");

    await resolveMajorIncident({ actor: tech, input: { incidentId: incident.id }, now });
    expect(await db.majorIncident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ status: "RESOLVED", resolvedAt: now });
    expect(await db.auditLog.count({ where: { action: "incident.resolved", entityId: incident.id } })).toBe(1);
    await expect(resolveMajorIncident({ actor: tech, input: { incidentId: incident.id }, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a stale proposal: one report closed meanwhile, nothing is linked", async () => {
    const { tech, ticketIds } = await threeReports();
    await db.ticket.update({ where: { id: ticketIds[0] }, data: { status: "RESOLVED" } });
    await expect(confirmMajorIncident({ actor: tech, input: { ticketIds, title: "Label printers down", publicMessage: "" }, now })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.ticket.count({ where: { id: { in: ticketIds }, majorIncidentId: { not: null } } })).toBe(0);
  });

  it("refuses reports outside the window", async () => {
    const { tech, ticketIds } = await threeReports();
    const later = new Date(filedAt.getTime() + 31 * 60_000);
    await expect(confirmMajorIncident({ actor: tech, input: { ticketIds, title: "Label printers down", publicMessage: "" }, now: later })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("does not let a clinician see proposals or confirm", async () => {
    const { reporter, ticketIds } = await threeReports();
    await expect(proposedIncidents(reporter, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(confirmMajorIncident({ actor: reporter, input: { ticketIds, title: "Label printers down", publicMessage: "" }, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("attaches a new matching report on filing, with a timeline event; other categories stay apart", async () => {
    const { hospital, reporter, tech, ticketIds } = await threeReports();
    const { incidentId } = await confirmMajorIncident({ actor: tech, input: { ticketIds, title: "Label printers down", publicMessage: "" }, now });
    const later = new Date(now.getTime() + 60_000);
    const fourth = await fileTestTicket(db, reporter, hospital, { locationId: hospital.icuRoom.id }, later);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: fourth.id }, select: { majorIncidentId: true } })).toEqual({ majorIncidentId: incidentId });
    expect(await db.ticketEvent.findFirst({ where: { ticketId: fourth.id, type: "MAJOR_INCIDENT_LINKED" } })).toMatchObject({ data: { title: "Label printers down" } });
    const other = await fileTestTicket(db, reporter, hospital, { categoryId: hospital.ehrSlow.id }, later);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: other.id }, select: { majorIncidentId: true } })).toEqual({ majorIncidentId: null });
    await resolveMajorIncident({ actor: tech, input: { incidentId }, now: later });
    const afterFix = await fileTestTicket(db, reporter, hospital, {}, later);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: afterFix.id }, select: { majorIncidentId: true } })).toEqual({ majorIncidentId: null });
  });
});

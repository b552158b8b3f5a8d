import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { formatTicketNumber } from "@/lib/ticket-number";
import { ticketDetail } from "@/features/tickets/queries";
import { fileTestTicket } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { actorFor } from "../../../tests/factories/tickets";
import { addInternalNote } from "./commands/add-internal-note";
import { linkIncident } from "./commands/link-incident";
import { mergeTicket } from "./commands/merge-ticket";
import { later, minutesAfter, readTicket, workWorld } from "./test-world";

const NOTE = "Swapped the printhead, ordered a spare roll holder";

describe("addInternalNote", () => {
  it("stores a note only IT reads, with its event and audit row, and bumps the version", async () => {
    const { reporter, tech, ticket } = await workWorld();
    const result = await addInternalNote({ actor: tech, input: { ticketId: ticket.id, version: ticket.version, body: NOTE }, now: later });
    expect(result.version).toBe(ticket.version + 1);
    expect(await db.comment.findUniqueOrThrow({ where: { id: result.commentId } })).toMatchObject({ body: NOTE, visibility: "INTERNAL", authorId: tech.userId });
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "COMMENTED" } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.internal_note", entityId: ticket.id } });
    expect(JSON.stringify(audit.details)).not.toContain("printhead");
    expect(await readTicket(ticket.id)).toMatchObject({ version: ticket.version + 1, updatedAt: later });
    expect(JSON.stringify(await ticketDetail(reporter, ticket.id))).not.toContain("printhead");
    // Only the filing receipt: a note tells the reporter nothing.
    expect(await db.notification.count({ where: { kind: { not: "TICKET_FILED" } } })).toBe(0);
  });

  it("refuses patient data with a field error, a stale version, a clinician, and another team's agent", async () => {
    const { reporter, tech, outsider, ticket } = await workWorld();
    const input = { ticketId: ticket.id, version: ticket.version, body: NOTE };
    await expect(addInternalNote({ actor: tech, input: { ...input, body: "Patient MRN 12345678 label" }, now: later })).rejects.toMatchObject({
      code: "INVALID",
      fields: { body: [expect.stringContaining("patient information")] },
    });
    await expect(addInternalNote({ actor: tech, input: { ...input, version: ticket.version + 1 }, now: later })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(addInternalNote({ actor: reporter, input, now: later })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addInternalNote({ actor: outsider, input, now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.comment.count()).toBe(0);
  });
});

async function openIncident(declaredById: string, categoryId: string, status: "OPEN" | "RESOLVED" = "OPEN") {
  return db.majorIncident.create({ data: { title: "Label printers down in the Tower", status, categoryId, declaredById }, select: { id: true } });
}

describe("linkIncident", () => {
  it("links the ticket to an open outage with its event, audit row and a word to the reporter", async () => {
    const { hospital, reporter, tech, ticket } = await workWorld();
    const incident = await openIncident(tech.userId, hospital.labelPrinter.id);
    const result = await linkIncident({ actor: tech, input: { ticketId: ticket.id, version: ticket.version, incidentId: incident.id }, now: later });
    expect(result).toEqual({ version: ticket.version + 1, title: "Label printers down in the Tower" });
    expect(await readTicket(ticket.id)).toMatchObject({ majorIncidentId: incident.id, version: ticket.version + 1 });
    const event = await db.ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, type: "MAJOR_INCIDENT_LINKED" } });
    expect(event.data).toMatchObject({ incidentId: incident.id, title: "Label printers down in the Tower" });
    expect(await db.auditLog.count({ where: { action: "ticket.incident_linked", entityId: ticket.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: reporter.userId, ticketId: ticket.id, kind: "STATUS_CHANGED" } })).toBe(1);
    await expect(linkIncident({ actor: tech, input: { ticketId: ticket.id, version: result.version, incidentId: incident.id }, now: later })).rejects.toMatchObject({
      code: "INVALID",
      fields: { incidentId: ["This ticket is already part of that outage."] },
    });
  });

  it("refuses a resolved outage, a stale version and another team's agent", async () => {
    const { hospital, tech, outsider, ticket } = await workWorld();
    const over = await openIncident(tech.userId, hospital.labelPrinter.id, "RESOLVED");
    const open = await openIncident(tech.userId, hospital.labelPrinter.id);
    const input = { ticketId: ticket.id, version: ticket.version, incidentId: open.id };
    await expect(linkIncident({ actor: tech, input: { ...input, incidentId: over.id }, now: later })).rejects.toMatchObject({ code: "INVALID", fields: { incidentId: [expect.any(String)] } });
    await expect(linkIncident({ actor: tech, input: { ...input, version: ticket.version - 1 }, now: later })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(linkIncident({ actor: outsider, input, now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await readTicket(ticket.id)).majorIncidentId).toBeNull();
  });
});

describe("mergeTicket", () => {
  async function twoReports() {
    const world = await workWorld();
    const otherReporter = actorFor(await createUser(db, { displayName: "Nurse Two" }));
    const follower = actorFor(await createUser(db, { displayName: "Nurse Three" }));
    const keep = await db.ticket.findUniqueOrThrow({ where: { id: (await fileTestTicket(db, otherReporter, world.hospital, {}, minutesAfter(1))).id } });
    await db.ticketAffectedUser.create({ data: { ticketId: world.ticket.id, userId: follower.userId } });
    return { ...world, keep, otherReporter, follower };
  }

  it("closes the duplicate into the kept ticket: SLA clocks stop, its people follow the kept one, both get events", async () => {
    const { tech, reporter, follower, ticket: duplicate, keep } = await twoReports();
    const intoNumber = formatTicketNumber(keep.number);
    const result = await mergeTicket({ actor: tech, input: { ticketId: duplicate.id, version: duplicate.version, intoNumber: `wd-${keep.number}` }, now: later });
    expect(result).toEqual({ version: duplicate.version + 1, intoNumber });
    expect(await readTicket(duplicate.id)).toMatchObject({ status: "CLOSED", closedAt: later, mergedIntoId: keep.id, version: duplicate.version + 1, slaDueAt: null });
    expect(await readTicket(keep.id)).toMatchObject({ status: keep.status, version: keep.version + 1, mergedIntoId: null });
    const followers = await db.ticketAffectedUser.findMany({ where: { ticketId: keep.id }, select: { userId: true } });
    expect(followers.map((row) => row.userId).sort()).toEqual([reporter.userId, follower.userId].sort());
    expect((await db.ticketEvent.findFirstOrThrow({ where: { ticketId: duplicate.id, type: "MERGED" } })).data).toMatchObject({ intoId: keep.id, intoNumber });
    expect((await db.ticketEvent.findFirstOrThrow({ where: { ticketId: keep.id, type: "MERGED" } })).data).toMatchObject({ fromId: duplicate.id });
    expect(await db.slaEvent.count({ where: { ticketId: duplicate.id, kind: "STOPPED" } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "ticket.merged", entityId: duplicate.id } })).toBe(1);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: reporter.userId, ticketId: duplicate.id, kind: "STATUS_CHANGED" } });
    expect(notice.title).toContain(`joined with ${intoNumber}`);
    // The duplicate's reporter now follows the kept ticket's progress (not its details).
    expect(await ticketDetail(reporter, keep.id)).toMatchObject({ id: keep.id, followerOnly: true });
  });

  it("refuses merging into itself, a closed ticket, a merged ticket or an unknown number, with field errors", async () => {
    const { hospital, tech, reporter, ticket: duplicate, keep } = await twoReports();
    const input = { ticketId: duplicate.id, version: duplicate.version };
    const refused = (intoNumber: string, words: string) =>
      expect(mergeTicket({ actor: tech, input: { ...input, intoNumber }, now: later })).rejects.toMatchObject({ code: "INVALID", fields: { intoNumber: [expect.stringContaining(words)] } });
    await refused(formatTicketNumber(duplicate.number), "into itself");
    await refused("printer", "like WD-000123");
    await refused("WD-999999", "could not find WD-999999");
    await db.ticket.update({ where: { id: keep.id }, data: { status: "CLOSED" } });
    await refused(formatTicketNumber(keep.number), "fixed or closed");
    const third = await fileTestTicket(db, reporter, hospital, {}, later);
    await db.ticket.update({ where: { id: keep.id }, data: { status: "IN_PROGRESS", mergedIntoId: third.id } });
    await refused(formatTicketNumber(keep.number), "itself merged");
    expect(await readTicket(duplicate.id)).toMatchObject({ status: duplicate.status, mergedIntoId: null, version: duplicate.version });
  });

  it("refuses to chain: a ticket others were merged into stays the survivor", async () => {
    const { hospital, tech, reporter, ticket, keep } = await twoReports();
    const earlier = await fileTestTicket(db, reporter, hospital, {}, later);
    await mergeTicket({ actor: tech, input: { ticketId: earlier.id, version: 1, intoNumber: formatTicketNumber(ticket.number) }, now: later });
    const current = await readTicket(ticket.id);
    await expect(mergeTicket({ actor: tech, input: { ticketId: ticket.id, version: current.version, intoNumber: formatTicketNumber(keep.number) }, now: later })).rejects.toMatchObject({
      code: "INVALID",
      fields: { intoNumber: [expect.stringContaining("Other tickets were merged into this one")] },
    });
  });

  it("answers a stale version with a conflict, and another team's agent with NOT_FOUND", async () => {
    const { tech, outsider, ticket, keep } = await twoReports();
    const input = { ticketId: ticket.id, version: ticket.version, intoNumber: formatTicketNumber(keep.number) };
    await expect(mergeTicket({ actor: tech, input: { ...input, version: ticket.version + 1 }, now: later })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(mergeTicket({ actor: outsider, input, now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await readTicket(ticket.id)).status).toBe("NEW");
  });

  it("merging two tickets into each other at once: one wins, the other gets a conflict, no deadlock", async () => {
    const { tech, teammate, ticket, keep } = await twoReports();
    const results = await Promise.allSettled([
      mergeTicket({ actor: tech, input: { ticketId: ticket.id, version: ticket.version, intoNumber: formatTicketNumber(keep.number) }, now: later }),
      mergeTicket({ actor: teammate, input: { ticketId: keep.id, version: keep.version, intoNumber: formatTicketNumber(ticket.number) }, now: later }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: expect.stringMatching(/^(CONFLICT|INVALID)$/) });
    expect(await db.ticket.count({ where: { mergedIntoId: { not: null } } })).toBe(1);
  });
});

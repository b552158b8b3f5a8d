import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { actorFor, fileTestTicket } from "../../../../tests/factories/tickets";
import { createUser } from "../../../../tests/factories/users";
import { intakeWorld, type IntakeWorld } from "../test-world";
import { joinTicket } from "./join-ticket";

const now = new Date("2026-12-01T03:10:00Z");
let world: IntakeWorld;

beforeEach(async () => {
  world = await intakeWorld();
});

const fileByNurse = (overrides: Parameters<typeof fileTestTicket>[3] = {}) => fileTestTicket(db, world.nurse, world.hospital, overrides, now);

const trail = async (ticketId: string) => ({
  affected: await db.ticketAffectedUser.count({ where: { ticketId } }),
  events: await db.ticketEvent.count({ where: { ticketId, type: "AFFECTED_USER_ADDED" } }),
  audits: await db.auditLog.count({ where: { action: "ticket.joined", entityId: ticketId } }),
});

describe("joinTicket", () => {
  it("adds a colleague once, with one timeline event and one audit row; joining again changes nothing", async () => {
    const ticket = await fileByNurse();
    const join = () => joinTicket({ actor: world.colleague, ticketId: ticket.id, categoryId: world.hospital.labelPrinter.id, now });
    expect(await join()).toEqual({ ticketId: ticket.id, joined: true });
    expect(await join()).toEqual({ ticketId: ticket.id, joined: false });
    expect(await trail(ticket.id)).toEqual({ affected: 1, events: 1, audits: 1 });
    const event = await db.ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, type: "AFFECTED_USER_ADDED" } });
    expect(event).toMatchObject({ actorId: world.colleague.userId, createdAt: now });
  });

  it("survives two simultaneous joins by the same person", async () => {
    const ticket = await fileByNurse();
    const results = await Promise.all([1, 2, 3].map(() => joinTicket({ actor: world.colleague, ticketId: ticket.id, categoryId: world.hospital.labelPrinter.id, now })));
    expect(results.filter((result) => result.joined)).toHaveLength(1);
    expect(await trail(ticket.id)).toEqual({ affected: 1, events: 1, audits: 1 });
  });

  it("does not add the requester to their own ticket", async () => {
    const ticket = await fileByNurse();
    expect(await joinTicket({ actor: world.nurse, ticketId: ticket.id, categoryId: world.hospital.labelPrinter.id, now })).toEqual({ ticketId: ticket.id, joined: false });
    expect(await trail(ticket.id)).toEqual({ affected: 0, events: 0, audits: 0 });
  });

  it("refuses a closed ticket", async () => {
    const ticket = await fileByNurse();
    await db.ticket.update({ where: { id: ticket.id }, data: { status: "CLOSED", closedAt: now } });
    await expect(joinTicket({ actor: world.colleague, ticketId: ticket.id, categoryId: world.hospital.labelPrinter.id, now })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await trail(ticket.id)).toEqual({ affected: 0, events: 0, audits: 0 });
  });

  it("refuses a ticket in another building unless it affects several units", async () => {
    const annexTicket = await fileByNurse({ locationId: world.annexUnit.id, impact: "UNIT" });
    const wideTicket = await fileByNurse({ locationId: world.annexUnit.id, impact: "MULTIPLE_UNITS" });
    const stranger = actorFor({ ...(await createUser(db, { role: "CLINICIAN" })), homeUnitId: world.hospital.ward.id });
    await expect(joinTicket({ actor: stranger, ticketId: annexTicket.id, categoryId: world.hospital.labelPrinter.id, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Naming a place in the ticket's building is what the form does when the problem is there.
    await expect(joinTicket({ actor: stranger, ticketId: annexTicket.id, categoryId: world.hospital.labelPrinter.id, now, nearLocationId: world.hospital.wardRoom.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await joinTicket({ actor: stranger, ticketId: annexTicket.id, categoryId: world.hospital.labelPrinter.id, now, nearLocationId: world.annexUnit.id })).toMatchObject({ joined: true });
    expect(await joinTicket({ actor: stranger, ticketId: wideTicket.id, categoryId: world.hospital.labelPrinter.id, now })).toMatchObject({ joined: true });
    expect(await trail(wideTicket.id)).toEqual({ affected: 1, events: 1, audits: 1 });
  });

  it("refuses a role without ticket:join and an unknown ticket", async () => {
    const ticket = await fileByNurse();
    const admin = actorFor(await createUser(db, { role: "ADMIN" }));
    await expect(joinTicket({ actor: admin, ticketId: ticket.id, categoryId: world.hospital.labelPrinter.id, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(joinTicket({ actor: world.colleague, ticketId: "00000000-0000-4000-8000-000000000000", categoryId: world.hospital.labelPrinter.id, now })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("joins only what could have been offered: same category, filed in the last 12 hours, not anchored on a campus", async () => {
    const ticket = await fileByNurse();
    const stranger = actorFor({ ...(await createUser(db, { role: "CLINICIAN" })), homeUnitId: world.annexUnit.id });
    const attempt = (overrides: Partial<Parameters<typeof joinTicket>[0]>) =>
      joinTicket({ actor: stranger, ticketId: ticket.id, categoryId: world.hospital.labelPrinter.id, now, nearLocationId: world.hospital.wardRoom.id, ...overrides });
    await expect(attempt({ categoryId: world.hospital.ehrSlow.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attempt({ nearLocationId: world.hospital.campus.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attempt({ now: new Date(now.getTime() + 13 * 3_600_000) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await trail(ticket.id)).toEqual({ affected: 0, events: 0, audits: 0 });
    expect(await attempt({})).toMatchObject({ joined: true });
  });
});


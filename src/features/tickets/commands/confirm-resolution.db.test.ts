import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestHospital } from "../../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../../tests/factories/tickets";
import { createUser } from "../../../../tests/factories/users";
import { confirmResolution, STALE_MESSAGE } from "./confirm-resolution";

const filedAt = new Date("2026-11-30T14:00:00Z");
const resolvedAt = new Date("2026-11-30T16:00:00Z");
const now = new Date("2026-12-01T09:00:00Z");

// Staff work is simulated directly: the technician's commands arrive in a later issue.
async function resolvedTicket() {
  const hospital = await createTestHospital(db);
  const [reporter, other] = await Promise.all([createUser(db), createUser(db)]);
  const ticket = await fileTestTicket(db, actorFor(reporter), hospital, {}, filedAt);
  await db.ticket.update({ where: { id: ticket.id }, data: { status: "RESOLVED", resolvedAt, version: 3 } });
  return { reporter: actorFor(reporter), other: actorFor(other), ticket };
}

describe("confirmResolution", () => {
  it("closes a resolved ticket for its reporter, with one event and one audit row", async () => {
    const { reporter, ticket } = await resolvedTicket();
    await confirmResolution({ actor: reporter, input: { ticketId: ticket.id, version: 3 }, now });
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { status: true, closedAt: true, resolvedAt: true, version: true } })).toEqual({
      status: "CLOSED",
      closedAt: now,
      resolvedAt,
      version: 4,
    });
    const event = await db.ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, type: "RESOLUTION_CONFIRMED" } });
    expect(event).toMatchObject({ actorId: reporter.userId, data: { from: "RESOLVED", to: "CLOSED" } });
    expect(await db.auditLog.count({ where: { action: "ticket.resolution_confirmed", entityId: ticket.id } })).toBe(1);
  });

  it("refuses a stale page with a clear CONFLICT and changes nothing", async () => {
    const { reporter, ticket } = await resolvedTicket();
    await expect(confirmResolution({ actor: reporter, input: { ticketId: ticket.id, version: 2 }, now })).rejects.toMatchObject({ code: "CONFLICT", message: STALE_MESSAGE });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("RESOLVED");
    expect(await db.ticketEvent.count({ where: { type: "RESOLUTION_CONFIRMED" } })).toBe(0);
  });

  it("lets one of two simultaneous confirmations win", async () => {
    const { reporter, ticket } = await resolvedTicket();
    const results = await Promise.allSettled([
      confirmResolution({ actor: reporter, input: { ticketId: ticket.id, version: 3 }, now }),
      confirmResolution({ actor: reporter, input: { ticketId: ticket.id, version: 3 }, now }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.ticketEvent.count({ where: { type: "RESOLUTION_CONFIRMED" } })).toBe(1);
  });

  it("refuses a ticket that is not resolved", async () => {
    const { reporter, ticket } = await resolvedTicket();
    await db.ticket.update({ where: { id: ticket.id }, data: { status: "IN_PROGRESS" } });
    await expect(confirmResolution({ actor: reporter, input: { ticketId: ticket.id, version: 3 }, now })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("is NOT_FOUND for another clinician and FORBIDDEN for a technician who can see it but did not report it", async () => {
    const { other, ticket } = await resolvedTicket();
    await expect(confirmResolution({ actor: other, input: { ticketId: ticket.id, version: 3 }, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const manager = actorFor(await createUser(db, { role: "MANAGER" }));
    await expect(confirmResolution({ actor: manager, input: { ticketId: ticket.id, version: 3 }, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("RESOLVED");
  });
});

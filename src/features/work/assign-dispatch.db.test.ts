import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { fileTestTicket } from "../../../tests/factories/tickets";
import { assignTicket } from "./commands/assign-ticket";
import { claimTicket } from "./commands/claim-ticket";
import { recordDispatchStep } from "./commands/dispatch-step";
import { createStaff, later, minutesAfter, readTicket, workWorld } from "./test-world";

describe("claimTicket", () => {
  it("gives an unassigned ticket to the claimer, and refuses another team's agent as if it did not exist", async () => {
    const { tech, outsider, ticket } = await workWorld();
    await expect(claimTicket({ actor: outsider, ticketId: ticket.id, now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await claimTicket({ actor: tech, ticketId: ticket.id, now: later })).toEqual({ version: ticket.version + 1 });
    expect(await readTicket(ticket.id)).toMatchObject({ assigneeId: tech.userId, status: "ASSIGNED" });
    await expect(claimTicket({ actor: tech, ticketId: ticket.id, now: later })).rejects.toMatchObject({ code: "CONFLICT", message: "You already have this ticket." });
  });
});

describe("assignTicket", () => {
  it("assigns to an active teammate, tells them, and hands back to the team", async () => {
    const { tech, teammate, ticket } = await workWorld();
    const assigned = await assignTicket({ actor: tech, input: { ticketId: ticket.id, version: ticket.version, assigneeId: teammate.userId }, now: later });
    expect(assigned.version).toBe(ticket.version + 1);
    expect(await readTicket(ticket.id)).toMatchObject({ assigneeId: teammate.userId, status: "ASSIGNED", version: ticket.version + 1, updatedAt: later });
    const event = await db.ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, type: "ASSIGNED" } });
    expect(event.data).toMatchObject({ assigneeId: teammate.userId, assigneeName: teammate.displayName, previousAssigneeId: null });
    expect(await db.auditLog.count({ where: { action: "ticket.assigned", entityId: ticket.id } })).toBe(1);
    expect(await db.notification.findFirstOrThrow({ where: { userId: teammate.userId, kind: "ASSIGNED" } })).toMatchObject({ ticketId: ticket.id });

    await assignTicket({ actor: tech, input: { ticketId: ticket.id, version: assigned.version, assigneeId: null }, now: minutesAfter(30) });
    expect(await readTicket(ticket.id)).toMatchObject({ assigneeId: null, status: "NEW", version: ticket.version + 2 });
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "UNASSIGNED" } })).toBe(1);
  });

  it("refuses someone outside the team, or disabled, with a field error, and changes nothing", async () => {
    const { hospital, tech, outsider, ticket } = await workWorld();
    const [gone] = await createStaff(1, "ONSITE_TECH", hospital.onsiteTeam.id, "Gone");
    await db.user.update({ where: { id: gone!.userId }, data: { disabledAt: new Date("2026-11-01T00:00:00Z") } });
    for (const assigneeId of [outsider.userId, gone!.userId]) {
      await expect(assignTicket({ actor: tech, input: { ticketId: ticket.id, version: ticket.version, assigneeId }, now: later })).rejects.toMatchObject({
        code: "INVALID",
        fields: { assigneeId: [expect.stringContaining(hospital.onsiteTeam.name)] },
      });
    }
    expect(await readTicket(ticket.id)).toMatchObject({ assigneeId: null, version: ticket.version });
  });

  it("answers a stale version with a conflict, and another team's agent with NOT_FOUND", async () => {
    const { tech, teammate, outsider, ticket } = await workWorld();
    await claimTicket({ actor: teammate, ticketId: ticket.id, now: later });
    await expect(assignTicket({ actor: tech, input: { ticketId: ticket.id, version: ticket.version, assigneeId: tech.userId }, now: later })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Someone updated this ticket"),
    });
    await expect(assignTicket({ actor: outsider, input: { ticketId: ticket.id, version: ticket.version + 1, assigneeId: null }, now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await readTicket(ticket.id)).assigneeId).toBe(teammate.userId);
  });

  it("lets a manager assign any team's ticket, and restarts a visit another technician had begun", async () => {
    const { tech, teammate, manager, ticket } = await workWorld();
    const claimed = await claimTicket({ actor: tech, ticketId: ticket.id, now: later });
    const enRoute = await recordDispatchStep({ actor: tech, input: { ticketId: ticket.id, version: claimed.version, step: "EN_ROUTE" }, now: later });
    await assignTicket({ actor: manager, input: { ticketId: ticket.id, version: enRoute.version, assigneeId: teammate.userId }, now: minutesAfter(40) });
    expect(await readTicket(ticket.id)).toMatchObject({ assigneeId: teammate.userId, dispatchStep: null, enRouteAt: null });
  });
});

describe("recordDispatchStep", () => {
  async function claimed() {
    const world = await workWorld();
    const { version } = await claimTicket({ actor: world.tech, ticketId: world.ticket.id, now: later });
    return { ...world, version };
  }

  it("records on the way, there and done in order, each with its instant; setting off is the first response", async () => {
    const { tech, reporter, ticket, version } = await claimed();
    const steps = [["EN_ROUTE", minutesAfter(25)], ["ON_SITE", minutesAfter(35)], ["DONE", minutesAfter(50)]] as const;
    let current = version;
    for (const [step, at] of steps) current = (await recordDispatchStep({ actor: tech, input: { ticketId: ticket.id, version: current, step }, now: at })).version;
    expect(await readTicket(ticket.id)).toMatchObject({
      dispatchStep: "DONE", enRouteAt: minutesAfter(25), onSiteAt: minutesAfter(35), handsOnDoneAt: minutesAfter(50),
      firstResponseAt: minutesAfter(25), version: version + 3, status: "ASSIGNED",
    });
    const events = await db.ticketEvent.findMany({ where: { ticketId: ticket.id, type: "DISPATCH" }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => event.data)).toEqual([{ step: "EN_ROUTE" }, { step: "ON_SITE" }, { step: "DONE" }]);
    expect(await db.auditLog.count({ where: { action: "ticket.dispatch_step", entityId: ticket.id } })).toBe(3);
    expect(await db.slaEvent.count({ where: { ticketId: ticket.id, kind: { in: ["MET", "BREACHED"] }, target: "RESPONSE" } })).toBe(1);
    const notices = await db.notification.findMany({ where: { userId: reporter.userId, ticketId: ticket.id, kind: "STATUS_CHANGED" }, orderBy: { createdAt: "asc" } });
    expect(notices.map((notice) => notice.title)).toEqual([expect.stringContaining("a technician is on the way"), expect.stringContaining("finished the hands-on work")]);
  });

  it("keeps an earlier first response, and refuses steps out of order or repeated", async () => {
    const { tech, ticket, version } = await claimed();
    await db.ticket.update({ where: { id: ticket.id }, data: { firstResponseAt: minutesAfter(5) } });
    await expect(recordDispatchStep({ actor: tech, input: { ticketId: ticket.id, version, step: "ON_SITE" }, now: later })).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("in order") });
    const next = await recordDispatchStep({ actor: tech, input: { ticketId: ticket.id, version, step: "EN_ROUTE" }, now: minutesAfter(25) });
    await expect(recordDispatchStep({ actor: tech, input: { ticketId: ticket.id, version: next.version, step: "EN_ROUTE" }, now: later })).rejects.toMatchObject({ code: "INVALID" });
    await expect(recordDispatchStep({ actor: tech, input: { ticketId: ticket.id, version: next.version, step: "DONE" }, now: later })).rejects.toMatchObject({ code: "INVALID" });
    expect(await readTicket(ticket.id)).toMatchObject({ dispatchStep: "EN_ROUTE", firstResponseAt: minutesAfter(5) });
  });

  it("is only for the technician who has the ticket, and only for on-site tickets", async () => {
    const { hospital, reporter, tech, teammate, ticket, version } = await claimed();
    await expect(recordDispatchStep({ actor: teammate, input: { ticketId: ticket.id, version, step: "EN_ROUTE" }, now: later })).rejects.toMatchObject({ code: "INVALID", message: `${tech.displayName} has this ticket: only they record the visit.` });
    const unassigned = await fileTestTicket(db, reporter, hospital, {}, later);
    await expect(recordDispatchStep({ actor: tech, input: { ticketId: unassigned.id, version: 1, step: "EN_ROUTE" }, now: later })).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("Take this ticket first") });
    await db.ticket.update({ where: { id: ticket.id }, data: { mode: "REMOTE" } });
    await expect(recordDispatchStep({ actor: tech, input: { ticketId: ticket.id, version, step: "EN_ROUTE" }, now: later })).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("worked remotely") });
  });

  it("answers a stale version with a conflict, and another team's agent with NOT_FOUND", async () => {
    const { tech, outsider, ticket, version } = await claimed();
    await expect(recordDispatchStep({ actor: tech, input: { ticketId: ticket.id, version: version - 1, step: "EN_ROUTE" }, now: later })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(recordDispatchStep({ actor: outsider, input: { ticketId: ticket.id, version, step: "EN_ROUTE" }, now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await readTicket(ticket.id)).dispatchStep).toBeNull();
  });
});

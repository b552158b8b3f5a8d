import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { addComment } from "@/features/tickets/commands/add-comment";
import { claimTicket } from "./commands/claim-ticket";
import { createStaff, later, readTicket, workWorld } from "./test-world";

// The classic ticket-system race tests: many people acting on one ticket at the same moment, with real
// concurrency on real Postgres (the commands share the app's pool, so some queue for a connection).

describe("50 technicians claiming one ticket at once", () => {
  it("gives it to exactly one; the 49 others get a conflict naming the winner", async () => {
    const { hospital, ticket } = await workWorld();
    const techs = await createStaff(50, "ONSITE_TECH", hospital.onsiteTeam.id, "Racer");
    const results = await Promise.allSettled(techs.map((actor) => claimTicket({ actor, ticketId: ticket.id, now: later })));

    const won = results.flatMap((result, index) => (result.status === "fulfilled" ? [techs[index]!] : []));
    expect(won).toHaveLength(1);
    const winner = won[0]!;
    const after = await readTicket(ticket.id);
    expect(after).toMatchObject({ assigneeId: winner.userId, status: "ASSIGNED", version: ticket.version + 1 });

    const lost = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    expect(lost).toHaveLength(49);
    for (const reason of lost) {
      expect(reason).toBeInstanceOf(AppError);
      expect(reason).toMatchObject({ code: "CONFLICT", message: expect.stringContaining(`${winner.displayName} took this ticket`) });
    }
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "CLAIMED" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "ticket.claimed", entityId: ticket.id } })).toBe(1);
  });
});

describe("50 comments arriving at once on a ticket waiting for the reporter", () => {
  it("stores all 50 and moves the ticket back to in progress exactly once", async () => {
    const { hospital, reporter, ticket } = await workWorld();
    const staff = await createStaff(25, "ONSITE_TECH", hospital.onsiteTeam.id, "Writer");
    await db.ticket.update({ where: { id: ticket.id }, data: { status: "WAITING_ON_CLINICIAN" } });
    const authors = Array.from({ length: 50 }, (_, index) => (index % 2 === 0 ? reporter : staff[(index - 1) / 2]!));
    const results = await Promise.allSettled(
      authors.map((actor, index) => addComment({ actor, input: { ticketId: ticket.id, body: `Message ${index + 1}` }, now: later })),
    );

    const failures = results.flatMap((result) => (result.status === "rejected" ? [String(result.reason)] : []));
    expect(failures).toEqual([]);
    expect(await db.comment.count({ where: { ticketId: ticket.id } })).toBe(50);
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "COMMENTED" } })).toBe(50);
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "STATUS_CHANGED" } })).toBe(1);
    expect(await db.slaEvent.count({ where: { ticketId: ticket.id, kind: "RESUMED" } })).toBe(1);
    const after = await readTicket(ticket.id);
    expect(after.status).toBe("IN_PROGRESS");
    // Every comment bumped the version once (the live pages and stale forms rely on it).
    expect(after.version).toBe(ticket.version + 50);
  });
});

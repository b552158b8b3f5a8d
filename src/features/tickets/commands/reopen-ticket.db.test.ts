import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestHospital } from "../../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../../tests/factories/tickets";
import { createUser } from "../../../../tests/factories/users";
import { reopenTicket } from "./reopen-ticket";

const filedAt = new Date("2026-11-20T14:00:00Z");
const resolvedAt = new Date("2026-11-21T10:00:00Z");
const daysAfterFix = (days: number) => new Date(resolvedAt.getTime() + days * 24 * 3_600_000);

async function fixedTicket(status: "RESOLVED" | "CLOSED" = "RESOLVED") {
  const hospital = await createTestHospital(db);
  const [reporter, other] = await Promise.all([createUser(db), createUser(db)]);
  const ticket = await fileTestTicket(db, actorFor(reporter), hospital, {}, filedAt);
  await db.ticket.update({ where: { id: ticket.id }, data: { status, resolvedAt, closedAt: status === "CLOSED" ? resolvedAt : null, version: 5 } });
  return { reporter: actorFor(reporter), other: actorFor(other), ticket };
}

describe("reopenTicket", () => {
  it("reopens a closed ticket within 7 days, keeps the reason as a public message and the fix time in the event", async () => {
    const { reporter, ticket } = await fixedTicket("CLOSED");
    const now = daysAfterFix(6);
    const result = await reopenTicket({ actor: reporter, input: { ticketId: ticket.id, version: 5, reason: "Labels are blank again." }, now });
    expect(result.kind).toBe("reopened");
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { status: true, resolvedAt: true, closedAt: true, version: true, updatedAt: true } })).toEqual({
      status: "REOPENED",
      resolvedAt: null,
      closedAt: null,
      version: 6,
      updatedAt: now,
    });
    const comment = await db.comment.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(comment).toMatchObject({ body: "Labels are blank again.", visibility: "PUBLIC" });
    const event = await db.ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, type: "REOPENED" } });
    expect(event.data).toMatchObject({ from: "CLOSED", to: "REOPENED", previousResolvedAt: resolvedAt.toISOString(), commentId: comment.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.reopened", entityId: ticket.id } });
    expect(JSON.stringify(audit.details)).not.toContain("blank");
  });

  it("refuses after 7 days and changes nothing", async () => {
    const { reporter, ticket } = await fixedTicket();
    await expect(
      reopenTicket({ actor: reporter, input: { ticketId: ticket.id, version: 5, reason: "Broken again" }, now: daysAfterFix(7.01) }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("RESOLVED");
    expect(await db.comment.count()).toBe(0);
  });

  it("refuses a stale version with CONFLICT", async () => {
    const { reporter, ticket } = await fixedTicket();
    await expect(
      reopenTicket({ actor: reporter, input: { ticketId: ticket.id, version: 4, reason: "Broken again" }, now: daysAfterFix(1) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.ticketEvent.count({ where: { type: "REOPENED" } })).toBe(0);
  });

  it("stops patient data in the reason until the reporter chooses to redact", async () => {
    const { reporter, ticket } = await fixedTicket();
    const input = { ticketId: ticket.id, version: 5, reason: "Still failing for patient Jane Doe" };
    expect((await reopenTicket({ actor: reporter, input, now: daysAfterFix(1) })).kind).toBe("phi_found");
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("RESOLVED");
    await reopenTicket({ actor: reporter, input: { ...input, phiDecision: "redact" }, now: daysAfterFix(1) });
    expect((await db.comment.findFirstOrThrow({ where: { ticketId: ticket.id } })).body).toBe("Still failing for [redacted]");
  });

  it("is NOT_FOUND for another clinician", async () => {
    const { other, ticket } = await fixedTicket();
    await expect(
      reopenTicket({ actor: other, input: { ticketId: ticket.id, version: 5, reason: "Broken again" }, now: daysAfterFix(1) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

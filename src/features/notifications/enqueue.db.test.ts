import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestHospital } from "../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { notifyRequester, type TicketNotice } from "./enqueue";

// Only the outbox rows matter here; the commands' after-commit kicks must not send anything anywhere.
delete process.env.SMTP_URL;

const t0 = new Date("2026-11-29T03:00:00Z");

async function ticketWithPeople() {
  const hospital = await createTestHospital(db);
  const [requester, joinerA, joinerB, tech] = await Promise.all([
    createUser(db, { role: "CLINICIAN", displayName: "Requester" }),
    createUser(db, { role: "CLINICIAN", displayName: "Joiner A" }),
    createUser(db, { role: "CLINICIAN", displayName: "Joiner B" }),
    createUser(db, { role: "ONSITE_TECH", displayName: "Tech" }),
  ]);
  const filed = await fileTestTicket(db, actorFor(requester), hospital, {}, t0);
  await db.ticketAffectedUser.createMany({ data: [joinerA, joinerB].map((user) => ({ ticketId: filed.id, userId: user.id })) });
  const ticket = { id: filed.id, number: filed.number, status: "IN_PROGRESS" as const, requesterId: requester.id };
  return { hospital, requester, joinerA, joinerB, tech, ticket };
}

function notify(notice: TicketNotice, at = t0) {
  return db.$transaction((tx) => notifyRequester(tx, notice, at));
}

const at = new Date(t0.getTime() + 60_000);
const recipientsOf = async (kind: TicketNotice["kind"]) =>
  (await db.notification.findMany({ where: { kind }, select: { userId: true } })).map((row) => row.userId).sort();
const addressesSince = async (since: Date) =>
  (await db.emailOutbox.findMany({ where: { createdAt: { gte: since } }, select: { toAddress: true } })).map((row) => row.toAddress).sort();

describe("who is notified", () => {
  it("filing a ticket gives its requester one notification and one queued email", async () => {
    const hospital = await createTestHospital(db);
    const user = await createUser(db);
    const ticket = await fileTestTicket(db, actorFor(user), hospital, {}, t0);
    const notifications = await db.notification.findMany();
    expect(notifications).toEqual([expect.objectContaining({ userId: user.id, ticketId: ticket.id, kind: "TICKET_FILED", readAt: null })]);
    expect(notifications[0]!.title).toBe("WD-000001 received: we are on it");
    const outbox = await db.emailOutbox.findMany();
    expect(outbox).toEqual([expect.objectContaining({ toAddress: user.email, sentAt: null, attempts: 0, nextAttemptAt: t0 })]);
    expect(outbox[0]!.textBody).not.toContain("Label printer prints blank labels");
  });

  it("tells the requester and everyone affected about a status change, never the technician who made it", async () => {
    const { requester, joinerA, joinerB, tech, ticket } = await ticketWithPeople();
    await notify({ ticket, kind: "STATUS_CHANGED", actorId: tech.id }, at);
    expect(await recipientsOf("STATUS_CHANGED")).toEqual([requester.id, joinerA.id, joinerB.id].sort());
    expect(await addressesSince(at)).toEqual([requester.email, joinerA.email, joinerB.email].sort());
    const titles = await db.notification.findMany({ where: { kind: "STATUS_CHANGED" }, select: { title: true } });
    expect(new Set(titles.map((row) => row.title))).toEqual(new Set(["WD-000001 is now: Being worked on"]));
  });

  it("does not tell an affected person about their own public reply", async () => {
    const { requester, joinerA, joinerB, ticket } = await ticketWithPeople();
    await notify({ ticket, kind: "PUBLIC_REPLY", actorId: joinerA.id }, at);
    expect(await recipientsOf("PUBLIC_REPLY")).toEqual([requester.id, joinerB.id].sort());
  });

  it("does not tell the requester about their own change", async () => {
    const { requester, joinerA, joinerB, ticket } = await ticketWithPeople();
    await notify({ ticket, kind: "STATUS_CHANGED", actorId: requester.id }, at);
    expect(await recipientsOf("STATUS_CHANGED")).toEqual([joinerA.id, joinerB.id].sort());
  });

  it("on a filing for a caller, tells the caller and not the staff member who filed it", async () => {
    const hospital = await createTestHospital(db);
    const [caller, tech] = await Promise.all([createUser(db), createUser(db, { role: "ONSITE_TECH" })]);
    await fileTestTicket(db, actorFor(tech), hospital, { requesterEmail: caller.email }, t0);
    expect(await recipientsOf("TICKET_FILED")).toEqual([caller.id]);
    expect(await addressesSince(t0)).toEqual([caller.email]);
  });

  it("skips disabled accounts, and gives service accounts no email", async () => {
    const { requester, joinerA, joinerB, tech, ticket } = await ticketWithPeople();
    await db.user.update({ where: { id: joinerA.id }, data: { disabledAt: t0 } });
    await db.user.update({ where: { id: joinerB.id }, data: { isService: true } });
    await notify({ ticket, kind: "STATUS_CHANGED", actorId: tech.id }, at);
    expect(await recipientsOf("STATUS_CHANGED")).toEqual([requester.id, joinerB.id].sort());
    expect(await addressesSince(at)).toEqual([requester.email]);
  });

  it("a change that rolls back notifies nobody", async () => {
    const { tech, ticket } = await ticketWithPeople();
    const before = { notifications: await db.notification.count(), emails: await db.emailOutbox.count() };
    await expect(
      db.$transaction(async (tx) => {
        await notifyRequester(tx, { ticket, kind: "STATUS_CHANGED", actorId: tech.id }, at);
        throw new Error("the status change failed after notifying");
      }),
    ).rejects.toThrow("the status change failed");
    expect({ notifications: await db.notification.count(), emails: await db.emailOutbox.count() }).toEqual(before);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { env } from "@/env";
import { formatTicketNumber } from "@/lib/ticket-number";
import { db } from "@/server/db";
import { createTestHospital } from "../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { startTestSmtpServer, unreachableSmtpUrl, type TestSmtpServer } from "../../../tests/setup/smtp-server";
import { deliverPendingEmails, emailDeliveryIdle } from "./delivery";
import { countUndeliverable } from "./outbox";

// The commands' own after-commit kicks read SMTP_URL; with it unset they send nothing, so every email in this
// file is sent by an explicit drain pointed at the loopback server.
delete process.env.SMTP_URL;
const warn = vi.spyOn(console, "warn").mockImplementation(() => {});

const t0 = new Date("2026-11-29T03:00:00Z");
const after = (ms: number) => new Date(t0.getTime() + ms);
const MINUTE = 60_000;
const FROM = "WardDesk <warddesk@test.hospital>";

let smtp: TestSmtpServer;
let relay: { url: string; from: string };

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  relay = { url: smtp.url, from: FROM };
});
afterAll(async () => {
  await emailDeliveryIdle();
  await smtp.stop();
});

async function clinicianWithTicket(overrides: { summary?: string; details?: string } = {}) {
  const hospital = await createTestHospital(db);
  const user = await createUser(db, { role: "CLINICIAN" });
  const ticket = await fileTestTicket(db, actorFor(user), hospital, overrides, t0);
  return { hospital, user, ticket };
}

describe("email delivery", () => {
  it("sends the requester one email with the number, status and link, and none of the ticket's text", async () => {
    smtp.received.length = 0;
    const summary = "Wristband printer jams on every label";
    const details = "Bed 12 in the corner keeps failing since the night shift started.";
    const { user, ticket } = await clinicianWithTicket({ summary, details });
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.emailOutbox.count()).toBe(1);

    expect(await deliverPendingEmails({ now: t0, smtp: relay })).toEqual({ configured: true, claimed: 1, sent: 1, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.envelopeTo).toEqual([user.email]);
    expect(mail.subject).toContain(formatTicketNumber(ticket.number));
    expect(mail.subject).toContain("WD-000001");
    expect(mail.text).toContain(new URL(`/tickets/${ticket.id}`, env().APP_BASE_URL).toString());
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    for (const secret of [summary, details, "Wristband", "Bed 12"]) {
      expect(mail.subject).not.toContain(secret);
      expect(mail.text).not.toContain(secret);
    }
    const row = await db.emailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ sentAt: t0, attempts: 1, lastError: null });
    expect(await deliverPendingEmails({ now: after(10 * MINUTE), smtp: relay })).toMatchObject({ claimed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it("sends each email once when drains run concurrently", async () => {
    smtp.received.length = 0;
    await db.emailOutbox.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ toAddress: `nurse${i}@test.hospital`, subject: `[WardDesk] message ${i}`, textBody: "Open WardDesk.", createdAt: t0, nextAttemptAt: t0 })),
    });
    const results = await Promise.all(Array.from({ length: 4 }, () => deliverPendingEmails({ now: t0, limit: 8, smtp: relay })));
    const leftover = await deliverPendingEmails({ now: t0, limit: 50, smtp: relay });

    expect(results.reduce((sum, r) => sum + r.sent, 0) + leftover.sent).toBe(30);
    expect(smtp.received).toHaveLength(30);
    expect(new Set(smtp.received.map((mail) => mail.subject)).size).toBe(30);
    expect(await db.emailOutbox.count({ where: { sentAt: null } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { attempts: { not: 1 } } })).toBe(0);
  });

  it("backs off while the relay is down, records only an error code, and sends once it is back", async () => {
    smtp.received.length = 0;
    const { user } = await clinicianWithTicket();
    const down = { url: await unreachableSmtpUrl(), from: FROM };

    expect(await deliverPendingEmails({ now: t0, smtp: down })).toMatchObject({ claimed: 1, sent: 0, failed: 1 });
    let row = await db.emailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ sentAt: null, attempts: 1, nextAttemptAt: after(1 * MINUTE) });
    expect(row.lastError).toMatch(/^[A-Z][A-Z0-9_]+( \d{3})?$/);
    expect(row.lastError).not.toContain(user.email);

    // Not due yet: even a working relay is not tried before the backoff ends.
    expect(await deliverPendingEmails({ now: after(30_000), smtp: relay })).toMatchObject({ claimed: 0 });
    expect(await deliverPendingEmails({ now: after(1 * MINUTE), smtp: down })).toMatchObject({ failed: 1 });
    row = await db.emailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ attempts: 2, nextAttemptAt: after(3 * MINUTE) });

    expect(await deliverPendingEmails({ now: after(3 * MINUTE), smtp: relay })).toMatchObject({ claimed: 1, sent: 1 });
    row = await db.emailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ sentAt: after(3 * MINUTE), attempts: 3, lastError: null });
    expect(smtp.received.map((mail) => mail.envelopeTo)).toEqual([[user.email]]);
  });

  it("gives up after ten attempts and leaves the email visible, unsent", async () => {
    await clinicianWithTicket();
    await db.emailOutbox.updateMany({ data: { attempts: 9 } });
    const down = { url: await unreachableSmtpUrl(), from: FROM };
    expect(await deliverPendingEmails({ now: t0, smtp: down })).toMatchObject({ failed: 1 });
    expect(await deliverPendingEmails({ now: after(24 * 60 * MINUTE), smtp: relay })).toMatchObject({ claimed: 0 });
    expect(await db.emailOutbox.findFirstOrThrow()).toMatchObject({ sentAt: null, attempts: 10 });
    expect(await countUndeliverable(db)).toBe(1);
  });

  it("retries a claim whose drain died: the lease runs out after five minutes", async () => {
    await clinicianWithTicket();
    // A drain that claimed the row and crashed before sending: attempts bumped, nextAttemptAt = the lease.
    await db.emailOutbox.updateMany({ data: { attempts: 1, nextAttemptAt: after(5 * MINUTE) } });
    expect(await deliverPendingEmails({ now: after(4 * MINUTE), smtp: relay })).toMatchObject({ claimed: 0 });
    expect(await deliverPendingEmails({ now: after(5 * MINUTE), smtp: relay })).toMatchObject({ sent: 1 });
  });

  it("without SMTP_URL keeps every email queued and says so once per process", async () => {
    await clinicianWithTicket();
    await clinicianWithTicket();
    await emailDeliveryIdle();
    expect(await deliverPendingEmails({ now: after(MINUTE) })).toEqual({ configured: false, claimed: 0, sent: 0, failed: 0 });
    expect(await db.emailOutbox.count({ where: { sentAt: null, attempts: 0 } })).toBe(2);
    const notices = warn.mock.calls.filter(([message]) => String(message).includes("email delivery is not configured"));
    expect(notices).toHaveLength(1);
  });
});

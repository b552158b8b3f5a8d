import { describe, expect, it } from "vitest";
import type { ClientInfo } from "@/server/client-info";
import { db } from "@/server/db";
import { createUser, FACTORY_PASSWORD } from "../../../../tests/factories/users";
import { signInWithPassword } from "./sign-in-with-password";

const now = new Date("2026-11-29T03:00:00Z");
const client: ClientInfo = { clientIp: "10.1.2.3", userAgent: "Chromium on a workstation on wheels" };
const minutesLater = (n: number) => new Date(now.getTime() + n * 60_000);

async function attempt(email: string, password: string, at = now, from = client) {
  return signInWithPassword({ email, password, client: from, now: at });
}

describe("signInWithPassword", () => {
  it("opens a session with the configured lifetime and audits it in the same breath", async () => {
    const user = await createUser(db, { role: "ONSITE_TECH" });
    const result = await attempt(user.email, FACTORY_PASSWORD);
    expect(result).toMatchObject({ ok: true, userId: user.id });
    if (!result.ok) return;
    const session = await db.session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({ userId: user.id, createdAt: now, lastSeenAt: now, endedAt: null, clientIp: "10.1.2.3" });
    expect(session.expiresAt).toEqual(new Date(now.getTime() + 12 * 3_600_000));
    const audit = await db.auditLog.findMany({ where: { action: "auth.sign_in" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, entityType: "Session", entityId: result.sessionId });
  });

  it.each([
    ["a wrong password", "known", "not the password", "bad_password"],
    ["an unknown email", "unknown", FACTORY_PASSWORD, "unknown_account"],
  ])("refuses %s with the same answer and audits why", async (_label, who, password, reason) => {
    const user = await createUser(db);
    const email = who === "known" ? user.email : "nobody@test.hospital";
    expect(await attempt(email, password)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.session.count()).toBe(0);
    const failure = await db.auditLog.findFirstOrThrow({ where: { action: "auth.sign_in_failed" } });
    expect(failure.details).toEqual({ reason });
    expect(failure.entityId).toBe(who === "known" ? user.id : null);
    const stored = JSON.stringify(failure, (_key, value) => (typeof value === "bigint" ? String(value) : value));
    expect(stored).not.toContain(email);
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await createUser(db, { disabledAt: now });
    expect(await attempt(user.email, FACTORY_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.session.count()).toBe(0);
  });

  it("locks an account after 5 failures, even against the right password, until the window passes", async () => {
    const user = await createUser(db);
    for (let i = 0; i < 5; i++) await attempt(user.email, `guess-${i}`, minutesLater(i));
    const blocked = await attempt(user.email, FACTORY_PASSWORD, minutesLater(5));
    expect(blocked).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 10 * 60 });
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_blocked" } })).toBe(1);
    expect(await attempt(user.email, FACTORY_PASSWORD, minutesLater(15))).toMatchObject({ ok: true });
  });

  it("a successful sign-in clears the account's failures", async () => {
    const user = await createUser(db);
    for (let i = 0; i < 4; i++) await attempt(user.email, "wrong");
    expect(await attempt(user.email, FACTORY_PASSWORD)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await attempt(user.email, "wrong");
    expect(await attempt(user.email, FACTORY_PASSWORD)).toMatchObject({ ok: true });
  });

  it("blocks one client spraying many accounts, but not other clients", async () => {
    const victim = await createUser(db);
    for (let i = 0; i < 20; i++) await attempt(`user${i}@test.hospital`, "Winter2026!");
    expect(await attempt(victim.email, FACTORY_PASSWORD)).toMatchObject({ ok: false, reason: "rate_limited" });
    const elsewhere = { clientIp: "10.9.9.9", userAgent: null };
    expect(await attempt(victim.email, FACTORY_PASSWORD, now, elsewhere)).toMatchObject({ ok: true });
  });

  it("lets at most 5 of 30 simultaneous guesses at one account be checked", async () => {
    const user = await createUser(db);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(user.email, `guess-${i}`)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(25);
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_failed" } })).toBe(5);
  });

  it("does not keep the typed email in the rate limit table", async () => {
    await attempt("typo.nurse@test.hospital", "wrong");
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((row) => row.key).join(" ");
    expect(keys).not.toContain("typo.nurse");
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { createUser } from "../../../tests/factories/users";
import { actorFor } from "../../../tests/factories/tickets";
import { issueApiToken } from "./commands/issue-api-token";
import { revokeApiToken } from "./commands/revoke-api-token";
import { listApiTokens } from "./queries";
import { verifyApiToken } from "./verify";

const t0 = new Date("2026-12-01T08:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function admin() {
  return actorFor(await createUser(db, { role: "ADMIN" }));
}

describe("issueApiToken", () => {
  it("creates a service user and stores only the token's SHA-256", async () => {
    const actor = await admin();
    const issued = await issueApiToken({ actor, input: { name: "Patient monitoring", role: "REMOTE_AGENT" }, now: t0 });
    expect(issued.token).toMatch(/^wd_[A-Za-z0-9_-]{43}$/);

    const row = await db.apiToken.findUniqueOrThrow({ where: { id: issued.tokenId }, select: { tokenHash: true, prefix: true, name: true, issuedById: true } });
    expect(row).toEqual({ tokenHash: sha256(issued.token), prefix: issued.token.slice(0, 10), name: "Patient monitoring", issuedById: actor.userId });
    const user = await db.user.findUniqueOrThrow({ where: { id: issued.serviceUserId }, select: { email: true, displayName: true, role: true, isService: true, passwordHash: true } });
    expect(user).toEqual({ email: expect.stringMatching(/^svc-patient-monitoring-[0-9a-f]{8}@service\.warddesk$/), displayName: "Patient monitoring", role: "REMOTE_AGENT", isService: true, passwordHash: null });

    // The plaintext appears in no column of the token, its user or the audit log.
    const everything = JSON.stringify(await Promise.all([
      db.apiToken.findMany({ omit: { tokenHash: false } }),
      db.user.findMany(),
      db.auditLog.findMany({ select: { action: true, details: true, entityId: true } }),
    ]));
    expect(everything).not.toContain(issued.token);
    expect(everything).not.toContain(issued.token.slice(10));
  });

  it("audits the issue with the role, never the secret", async () => {
    const actor = await admin();
    const issued = await issueApiToken({ actor, input: { name: "EHR", role: "CLINICIAN" }, now: t0 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "api_token.issued" } });
    expect(audit).toMatchObject({ actorId: actor.userId, entityType: "ApiToken", entityId: issued.tokenId, at: t0 });
    expect(audit.details).toEqual({ role: "CLINICIAN", serviceUserId: issued.serviceUserId });
  });

  it("is refused to roles without api-token:manage, writing nothing", async () => {
    const manager = actorFor(await createUser(db, { role: "MANAGER" }));
    await expect(issueApiToken({ actor: manager, input: { name: "Sneaky", role: "ADMIN" }, now: t0 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.apiToken.count()).toBe(0);
    expect(await db.user.count({ where: { isService: true } })).toBe(0);
  });
});

describe("verifyApiToken", () => {
  it("acts as the service user with its role", async () => {
    const issued = await issueApiToken({ actor: await admin(), input: { name: "Monitor", role: "ONSITE_TECH" }, now: t0 });
    const verified = await verifyApiToken(issued.token, at(1));
    expect(verified).toEqual({
      tokenId: issued.tokenId,
      actor: { userId: issued.serviceUserId, sessionId: `token:${issued.tokenId}`, role: "ONSITE_TECH", email: expect.stringContaining("@service.warddesk"), displayName: "Monitor", homeUnitId: null },
    });
  });

  it.each([
    ["an empty string", ""],
    ["a wrong token of the right shape", `wd_${"A".repeat(43)}`],
    ["a token without its prefix", "A".repeat(46)],
    ["the stored hash itself", "HASH"],
  ])("refuses %s", async (_label, presented) => {
    const issued = await issueApiToken({ actor: await admin(), input: { name: "Monitor", role: "ONSITE_TECH" }, now: t0 });
    const value = presented === "HASH" ? sha256(issued.token) : presented;
    expect(await verifyApiToken(value, at(1))).toBeNull();
  });

  it("refuses a revoked token for good, and revoking twice audits once", async () => {
    const actor = await admin();
    const issued = await issueApiToken({ actor, input: { name: "Monitor", role: "ONSITE_TECH" }, now: t0 });
    expect(await revokeApiToken({ actor, input: { tokenId: issued.tokenId }, now: at(5) })).toBe(true);
    expect(await revokeApiToken({ actor, input: { tokenId: issued.tokenId }, now: at(6) })).toBe(false);
    expect(await verifyApiToken(issued.token, at(7))).toBeNull();
    expect(await db.auditLog.count({ where: { action: "api_token.revoked", entityId: issued.tokenId } })).toBe(1);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: issued.tokenId } })).revokedAt).toEqual(at(5));
  });

  it("refuses a token whose service user is disabled", async () => {
    const issued = await issueApiToken({ actor: await admin(), input: { name: "Monitor", role: "ONSITE_TECH" }, now: t0 });
    await db.user.update({ where: { id: issued.serviceUserId }, data: { disabledAt: at(1) } });
    expect(await verifyApiToken(issued.token, at(2))).toBeNull();
  });

  it("writes lastUsedAt at most once a minute", async () => {
    const issued = await issueApiToken({ actor: await admin(), input: { name: "Monitor", role: "ONSITE_TECH" }, now: t0 });
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id: issued.tokenId } })).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await verifyApiToken(issued.token, at(10));
    expect(await lastUsed()).toEqual(at(10));
    await verifyApiToken(issued.token, at(69));
    expect(await lastUsed()).toEqual(at(10));
    await verifyApiToken(issued.token, at(70));
    expect(await lastUsed()).toEqual(at(70));
  });
});

describe("revokeApiToken and listApiTokens", () => {
  it("answers NOT_FOUND for an unknown token and FORBIDDEN for a clinician", async () => {
    const actor = await admin();
    const unknown = revokeApiToken({ actor, input: { tokenId: "7d0b8a2e-2d7e-4c4e-9a43-0c1e2f3a4b5c" }, now: t0 });
    await expect(unknown).rejects.toBeInstanceOf(AppError);
    await expect(unknown).rejects.toMatchObject({ code: "NOT_FOUND" });
    const issued = await issueApiToken({ actor, input: { name: "Monitor", role: "ONSITE_TECH" }, now: t0 });
    const clinician = actorFor(await createUser(db, { role: "CLINICIAN" }));
    await expect(revokeApiToken({ actor: clinician, input: { tokenId: issued.tokenId }, now: t0 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await verifyApiToken(issued.token, at(1))).not.toBeNull();
  });

  it("lists live tokens first with role and prefix, never the hash", async () => {
    const actor = await admin();
    const old = await issueApiToken({ actor, input: { name: "Old monitor", role: "ONSITE_TECH" }, now: t0 });
    const live = await issueApiToken({ actor, input: { name: "EHR", role: "CLINICIAN" }, now: at(1) });
    await revokeApiToken({ actor, input: { tokenId: old.tokenId }, now: at(2) });
    const rows = await listApiTokens(actor);
    expect(rows.map((row) => [row.name, row.role, row.prefix, row.revokedAt])).toEqual([
      ["EHR", "CLINICIAN", live.prefix, null],
      ["Old monitor", "ONSITE_TECH", old.prefix, at(2)],
    ]);
    expect(JSON.stringify(rows)).not.toContain(sha256(live.token));
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createUser, FACTORY_PASSWORD } from "../../../tests/factories/users";
import { signInWithPassword } from "./commands/sign-in-with-password";
import { endSession } from "./commands/end-session";
import { loadSessionActor } from "./queries";

const t0 = new Date("2026-11-29T03:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function signedIn(role: "CLINICIAN" | "MANAGER" = "CLINICIAN") {
  const user = await createUser(db, { role, displayName: "Night Nurse" });
  const result = await signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, client: { clientIp: null, userAgent: null }, now: t0 });
  if (!result.ok) throw new Error("sign-in failed in test setup");
  return { user, sessionId: result.sessionId };
}

describe("loadSessionActor", () => {
  it("returns the actor from the database, not from the cookie", async () => {
    const { user, sessionId } = await signedIn("MANAGER");
    expect(await loadSessionActor(sessionId, at(1))).toEqual({
      userId: user.id,
      sessionId,
      role: "MANAGER",
      email: user.email,
      displayName: "Night Nurse",
      homeUnitId: null,
    });
    await db.user.update({ where: { id: user.id }, data: { role: "CLINICIAN" } });
    expect((await loadSessionActor(sessionId, at(2)))?.role).toBe("CLINICIAN");
  });

  it("ends a session after 15 idle minutes and audits the timeout once", async () => {
    const { sessionId } = await signedIn();
    expect(await loadSessionActor(sessionId, at(14))).not.toBeNull();
    expect(await loadSessionActor(sessionId, at(28))).not.toBeNull(); // 14 min after the last activity
    expect(await loadSessionActor(sessionId, at(43))).toBeNull();
    expect(await loadSessionActor(sessionId, at(44))).toBeNull();
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session).toMatchObject({ endedAt: at(43), endReason: "idle" });
    expect(await db.auditLog.count({ where: { action: "auth.session_expired", entityId: sessionId } })).toBe(1);
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const { sessionId } = await signedIn();
    await loadSessionActor(sessionId, new Date(t0.getTime() + 30_000));
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(t0);
    await loadSessionActor(sessionId, at(2));
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(at(2));
  });

  it("ends a busy session at its absolute lifetime of 12 hours", async () => {
    const { sessionId } = await signedIn();
    for (let minute = 10; minute < 12 * 60; minute += 10) expect(await loadSessionActor(sessionId, at(minute))).not.toBeNull();
    expect(await loadSessionActor(sessionId, at(12 * 60))).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).endReason).toBe("expired");
  });

  it("refuses a signed-out session for good, and signing out twice audits once", async () => {
    const { sessionId } = await signedIn();
    expect(await endSession(sessionId, "signed_out", at(1))).toBe(true);
    expect(await endSession(sessionId, "signed_out", at(1))).toBe(false);
    expect(await loadSessionActor(sessionId, at(2))).toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.sign_out" } })).toBe(1);
  });

  it("ends the sessions of a disabled user", async () => {
    const { user, sessionId } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: at(1) } });
    expect(await loadSessionActor(sessionId, at(2))).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).endedAt).toEqual(at(2));
  });

  it("knows nothing of an unknown session id", async () => {
    expect(await loadSessionActor("00000000-0000-4000-8000-000000000000", t0)).toBeNull();
  });
});

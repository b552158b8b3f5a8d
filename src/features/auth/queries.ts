import { env } from "@/env";
import type { Actor } from "@/domain/authz/actor";
import { isRole } from "@/domain/authz/roles";
import { judgeSession } from "@/domain/auth/session-policy";
import { db } from "@/server/db";
import { endSession } from "./commands/end-session";

/**
 * The person behind a session id, or null if the session is over. One indexed read per request; a write
 * only when the session just timed out or lastSeenAt is more than a minute old.
 */
export async function loadSessionActor(sessionId: string, now: Date): Promise<Actor | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      endedAt: true,
      user: { select: { id: true, role: true, email: true, displayName: true, homeUnitId: true, disabledAt: true } },
    },
  });
  if (!session) return null;
  if (session.user.disabledAt && !session.endedAt) {
    await endSession(sessionId, "expired", now);
    return null;
  }
  const verdict = judgeSession(session, { idleMinutes: env().SESSION_IDLE_MINUTES }, now);
  if (!verdict.valid) {
    if (verdict.reason !== "ended") await endSession(sessionId, verdict.reason, now);
    return null;
  }
  if (verdict.touch) await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: now } });
  const { user } = session;
  if (!isRole(user.role)) return null;
  return {
    userId: user.id,
    sessionId,
    role: user.role,
    email: user.email,
    displayName: user.displayName,
    homeUnitId: user.homeUnitId,
  };
}

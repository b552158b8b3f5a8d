// When a signed-in session stops being valid. Pure: the caller passes `now` and the session's instants.
// Idle timeout protects a shared ward workstation left signed in; the absolute lifetime bounds a stolen cookie.

export type SessionTimes = {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
};

export type SessionPolicy = { idleMinutes: number };

export type SessionVerdict =
  | { valid: true; touch: boolean }
  | { valid: false; reason: "ended" | "expired" | "idle" };

// Writing lastSeenAt on every request would cost a write per page view; a minute's precision is enough for
// a timeout counted in minutes.
export const TOUCH_INTERVAL_MS = 60_000;

export function judgeSession(session: SessionTimes, policy: SessionPolicy, now: Date): SessionVerdict {
  if (session.endedAt) return { valid: false, reason: "ended" };
  if (now.getTime() >= session.expiresAt.getTime()) return { valid: false, reason: "expired" };
  const idleMs = now.getTime() - session.lastSeenAt.getTime();
  if (idleMs >= policy.idleMinutes * 60_000) return { valid: false, reason: "idle" };
  return { valid: true, touch: idleMs >= TOUCH_INTERVAL_MS };
}

export function sessionExpiry(createdAt: Date, maxHours: number): Date {
  return new Date(createdAt.getTime() + maxHours * 3_600_000);
}

import { db } from "@/server/db";
import { writeAudit } from "@/server/audit";

export type EndReason = "signed_out" | "idle" | "expired";

/**
 * Ends a session for good: the cookie may survive in a browser, but the row says no. Conditional on the
 * session still being open, so two tabs signing out (or a timeout racing a sign-out) audit it once.
 */
export async function endSession(sessionId: string, reason: EndReason, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const ended = await tx.session.updateMany({
      where: { id: sessionId, endedAt: null },
      data: { endedAt: now, endReason: reason },
    });
    if (ended.count === 0) return false;
    const session = await tx.session.findUniqueOrThrow({ where: { id: sessionId }, select: { userId: true } });
    await writeAudit(
      tx,
      {
        actorId: session.userId,
        action: reason === "signed_out" ? "auth.sign_out" : "auth.session_expired",
        entityType: "Session",
        entityId: sessionId,
        details: { reason },
      },
      now,
    );
    return true;
  });
}

import type { Actor } from "@/domain/authz/actor";
import { writeAudit, type AuditAction, type AuditDetails } from "@/server/audit";
import { db } from "@/server/db";

/**
 * Records that someone read ticket content (HIPAA 164.312(b) asks who saw what, not only who changed it).
 * Ids, counts and filters only; never the content read.
 */
export async function recordAccess(
  actor: Actor,
  entry: { action: Extract<AuditAction, `${string}.viewed` | `${string}.downloaded` | `${string}.listed`>; entityType: string; entityId?: string | null; details?: AuditDetails },
  now: Date = new Date(),
): Promise<void> {
  await db.$transaction((tx) =>
    writeAudit(tx, { actorId: actor.userId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId ?? null, details: { via: actor.sessionId.startsWith("token:") ? "api-token" : "session", ...entry.details } }, now),
  );
}

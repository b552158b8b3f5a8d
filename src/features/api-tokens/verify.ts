import type { Actor } from "@/domain/authz/actor";
import { isRole } from "@/domain/authz/roles";
import { db } from "@/server/db";
import { hashApiToken, looksLikeApiToken } from "./token";

export type VerifiedApiToken = { tokenId: string; actor: Actor };

const TOUCH_EVERY_MS = 60_000;

/**
 * The service user a presented token acts as, or null (unknown, revoked, or its user disabled). The lookup
 * is by hash through a unique index, never a string comparison of secrets, so response time says nothing
 * about how close a guess was. lastUsedAt is written at most once a minute, not on every request.
 */
export async function verifyApiToken(presented: string, now: Date): Promise<VerifiedApiToken | null> {
  if (!looksLikeApiToken(presented)) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(presented) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      serviceUser: { select: { id: true, role: true, email: true, displayName: true, homeUnitId: true, disabledAt: true, isService: true } },
    },
  });
  if (!token || token.revokedAt) return null;
  const user = token.serviceUser;
  if (user.disabledAt || !user.isService || !isRole(user.role)) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    const staleBefore = new Date(now.getTime() - TOUCH_EVERY_MS);
    await db.apiToken.updateMany({
      where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return {
    tokenId: token.id,
    actor: { userId: user.id, sessionId: `token:${token.id}`, role: user.role, email: user.email, displayName: user.displayName, homeUnitId: user.homeUnitId },
  };
}

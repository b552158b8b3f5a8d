import type { Actor } from "@/domain/authz/actor";
import type { Permission } from "@/domain/authz/permissions";
import { roleHasPermission } from "@/domain/authz/authorize";
import { verifyApiToken } from "@/features/api-tokens/verify";
import { writeAudit } from "@/server/audit";
import { getActor } from "@/server/auth";
import { clientInfoFrom } from "@/server/client-info";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordHit } from "@/server/rate-limit";
import { API_RATE_WINDOW } from "./limits";

const UNAUTHENTICATED = "Sign in, or send an API token: Authorization: Bearer wd_…";

type Caller = { actor: Actor; rateKey: string };

/**
 * Who is calling (a bearer token, else the session cookie), within their rate limit and allowed `permission`:
 * 401, 429 and 403 in that order. A request that carries an Authorization header is judged by it alone.
 */
export async function requireApiActor(request: Request, permission: Permission, now = new Date()): Promise<Actor> {
  const caller = await authenticate(request, now);
  const retryAfter = await countRequest(caller.rateKey, now);
  if (retryAfter > 0) throw new AppError("RATE_LIMITED", `Too many requests. Try again in ${retryAfter} seconds.`, undefined, retryAfter);
  if (!roleHasPermission(caller.actor.role, permission)) {
    const { clientIp } = clientInfoFrom(request.headers);
    await db.$transaction((tx) =>
      writeAudit(tx, { actorId: caller.actor.userId, action: "access.denied", entityType: "Permission", entityId: permission, clientIp }, now),
    );
    throw new AppError("FORBIDDEN");
  }
  return caller.actor;
}

async function authenticate(request: Request, now: Date): Promise<Caller> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const presented = /^Bearer +(\S+) *$/i.exec(header)?.[1];
    const verified = presented ? await verifyApiToken(presented, now) : null;
    // Missing, malformed, unknown and revoked tokens all get the same answer.
    if (!verified) throw new AppError("UNAUTHENTICATED", UNAUTHENTICATED);
    return { actor: verified.actor, rateKey: `api:token:${verified.tokenId}` };
  }
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", UNAUTHENTICATED);
  return { actor, rateKey: `api:user:${actor.userId}` };
}

/** Counts this request; seconds to wait when it is over the limit, else 0. */
async function countRequest(key: string, now: Date): Promise<number> {
  const state = await recordHit(db, key, API_RATE_WINDOW, now);
  if (state.hits <= API_RATE_WINDOW.limit) return 0;
  return Math.max(1, Math.ceil((state.windowStart.getTime() + API_RATE_WINDOW.windowMs - now.getTime()) / 1000));
}

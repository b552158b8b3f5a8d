import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TRevokeApiToken } from "../schemas";

type Input = { actor: Actor; input: TRevokeApiToken; now: Date };

/**
 * Revokes a token for good; the next request with it gets a 401. Conditional on it still being live, so two
 * admins revoking at once (or a double click) write one audit row. Returns false if it was already revoked.
 */
export async function revokeApiToken({ actor, input, now }: Input): Promise<boolean> {
  assertCan(actor, "api-token:manage");
  return db.$transaction(async (tx) => {
    const revoked = await tx.apiToken.updateMany({ where: { id: input.tokenId, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count === 0) {
      const exists = await tx.apiToken.count({ where: { id: input.tokenId } });
      if (!exists) throw new AppError("NOT_FOUND", "That token does not exist.");
      return false;
    }
    await writeAudit(tx, { actorId: actor.userId, action: "api_token.revoked", entityType: "ApiToken", entityId: input.tokenId }, now);
    return true;
  });
}

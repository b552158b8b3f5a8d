import { randomUUID } from "node:crypto";
import type { Actor } from "@/domain/authz/actor";
import type { TRole } from "@/domain/authz/roles";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import type { TIssueApiToken } from "../schemas";
import { generateApiToken, hashApiToken, serviceUserEmail, tokenDisplayPrefix } from "../token";

export type IssuedApiToken = { tokenId: string; serviceUserId: string; name: string; role: TRole; prefix: string; token: string };

type Input = { actor: Actor; input: TIssueApiToken; now: Date };

/**
 * Creates a named service user with the chosen role and a token that acts as it. The plaintext is returned
 * this once; only its SHA-256 is stored, and the audit row names the token, never the secret.
 */
export async function issueApiToken({ actor, input, now }: Input): Promise<IssuedApiToken> {
  assertCan(actor, "api-token:manage");
  const token = generateApiToken();
  const prefix = tokenDisplayPrefix(token);
  return db.$transaction(async (tx) => {
    const serviceUser = await tx.user.create({
      // No password: a service user cannot sign in, it only exists for its tokens to act as.
      data: { email: serviceUserEmail(input.name, randomUUID().slice(0, 8)), displayName: input.name, role: input.role, isService: true, createdAt: now },
      select: { id: true },
    });
    const row = await tx.apiToken.create({
      data: { name: input.name, prefix, tokenHash: hashApiToken(token), serviceUserId: serviceUser.id, issuedById: actor.userId, createdAt: now },
      select: { id: true },
    });
    await writeAudit(
      tx,
      { actorId: actor.userId, action: "api_token.issued", entityType: "ApiToken", entityId: row.id, details: { role: input.role, serviceUserId: serviceUser.id } },
      now,
    );
    return { tokenId: row.id, serviceUserId: serviceUser.id, name: input.name, role: input.role, prefix, token };
  });
}

import type { Actor } from "@/domain/authz/actor";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";

export type ApiTokenRow = {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  issuedBy: string;
};

/** Every token ever issued, live ones first, newest first. Never the hash: it is omitted by the client. */
export async function listApiTokens(actor: Actor): Promise<ApiTokenRow[]> {
  assertCan(actor, "api-token:manage");
  const rows = await db.apiToken.findMany({
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      serviceUser: { select: { role: true } },
      issuedBy: { select: { displayName: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const live = rows.filter((row) => !row.revokedAt);
  const revoked = rows.filter((row) => row.revokedAt);
  return [...live, ...revoked].map(({ serviceUser, issuedBy, ...row }) => ({ ...row, role: serviceUser.role, issuedBy: issuedBy.displayName }));
}

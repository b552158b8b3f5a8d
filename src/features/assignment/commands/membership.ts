import type { Tx } from "@/server/prisma-client";
import { AppError } from "@/server/errors";

/** Only an active member who can sign in may be put on the rota; auto-assignment would skip anyone else. */
export async function assertRotaMember(tx: Tx, teamId: string, userId: string): Promise<{ teamName: string }> {
  const member = await tx.teamMember.findUnique({
    where: { teamId_userId: { teamId, userId } },
    select: { team: { select: { name: true, active: true } }, user: { select: { disabledAt: true } } },
  });
  if (!member || !member.team.active || member.user.disabledAt) {
    throw new AppError("INVALID", undefined, { userId: ["Choose a current member of the team you picked."] });
  }
  return { teamName: member.team.name };
}

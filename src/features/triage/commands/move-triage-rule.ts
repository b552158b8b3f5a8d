import type { Actor } from "@/domain/authz/actor";
import { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TMoveRule } from "../schemas";

type Input = { actor: Actor; input: TMoveRule; now: Date };

/** Swaps a rule with its neighbour above or below. Order matters: a later rule's team wins. */
export async function moveTriageRule({ actor, input, now }: Input): Promise<void> {
  assertCan(actor, "triage:configure");
  try {
    await db.$transaction(async (tx) => {
      const rule = await tx.triageRule.findUnique({ where: { id: input.ruleId }, select: { id: true, position: true } });
      if (!rule) throw new AppError("NOT_FOUND", "That rule was deleted.");
      const up = input.direction === "up";
      const neighbour = await tx.triageRule.findFirst({
        where: { position: up ? { lt: rule.position } : { gt: rule.position } },
        orderBy: { position: up ? "desc" : "asc" },
        select: { id: true, position: true },
      });
      if (!neighbour) return; // already first or last
      // Positions are unique: park the rule on a free slot while the neighbour moves into its place.
      await tx.triageRule.update({ where: { id: rule.id }, data: { position: -rule.position } });
      await tx.triageRule.update({ where: { id: neighbour.id }, data: { position: rule.position } });
      await tx.triageRule.update({ where: { id: rule.id }, data: { position: neighbour.position, updatedById: actor.userId } });
      await writeAudit(tx, { actorId: actor.userId, action: "triage.rule_reordered", entityType: "TriageRule", entityId: rule.id, details: { from: rule.position, to: neighbour.position } }, now);
    });
  } catch (error) {
    // Two admins reordering at once collide on a position; the loser retries after a reload.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "Someone else reordered the rules at the same time. Reload and try again.");
    throw error;
  }
}

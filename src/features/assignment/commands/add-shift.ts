import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import type { TAddShift } from "../schemas";
import { assertRotaMember } from "./membership";

type Input = { actor: Actor; input: TAddShift; now: Date };

/** Adds a weekly shift to a team's rota; from the next filing on, auto-assignment counts it. */
export async function addShift({ actor, input, now }: Input): Promise<{ id: string }> {
  assertCan(actor, "directory:manage");
  return db.$transaction(async (tx) => {
    await assertRotaMember(tx, input.teamId, input.userId);
    const shift = await tx.teamShift.create({
      data: { teamId: input.teamId, userId: input.userId, weekday: input.weekday, startMinute: input.start, endMinute: input.end },
      select: { id: true },
    });
    await writeAudit(
      tx,
      { actorId: actor.userId, action: "shift.created", entityType: "TeamShift", entityId: shift.id, details: { teamId: input.teamId, userId: input.userId, weekday: input.weekday, startMinute: input.start, endMinute: input.end } },
      now,
    );
    return shift;
  });
}

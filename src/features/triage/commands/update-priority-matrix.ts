import type { Actor } from "@/domain/authz/actor";
import { IMPACTS, URGENCIES } from "@/domain/triage/matrix";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import type { TUpdateMatrix } from "../schemas";

type Input = { actor: Actor; input: TUpdateMatrix; now: Date };

/** Saves all nine cells at once; the next ticket filed uses them. Returns how many cells changed. */
export async function updatePriorityMatrix({ actor, input, now }: Input): Promise<number> {
  assertCan(actor, "triage:configure");
  return db.$transaction(async (tx) => {
    const before = await tx.priorityMatrixCell.findMany({ select: { urgency: true, impact: true, priority: true } });
    const old = new Map(before.map((cell) => [`${cell.urgency}.${cell.impact}`, cell.priority]));
    let changed = 0;
    for (const urgency of URGENCIES) {
      for (const impact of IMPACTS) {
        const priority = input[`${urgency}.${impact}`];
        if (old.get(`${urgency}.${impact}`) === priority) continue;
        await tx.priorityMatrixCell.upsert({ where: { urgency_impact: { urgency, impact } }, create: { urgency, impact, priority }, update: { priority } });
        changed += 1;
      }
    }
    // The cells themselves are the detail: priorities only, nothing from any ticket.
    const details = Object.fromEntries(Object.entries(input).map(([cell, priority]) => [cell, priority]));
    await writeAudit(tx, { actorId: actor.userId, action: "triage.matrix_updated", entityType: "PriorityMatrix", details: { ...details, changed } }, now);
    return changed;
  });
}

import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TDeclareDowntime } from "../schemas";

type Input = { actor: Actor; input: TDeclareDowntime; now: Date };

/**
 * Declares a downtime (the EHR or another system is out and staff switch to paper) for some campuses or, with
 * none chosen, the whole hospital. The audit row holds ids and counts only: the title and message are free
 * text a manager typed, and free text is where patient details could slip in.
 */
export async function declareDowntime({ actor, input, now }: Input): Promise<{ id: string }> {
  assertCan(actor, "outage:declare");
  const campusIds = [...new Set(input.campusIds)];
  return db.$transaction(async (tx) => {
    const campuses = await tx.location.count({ where: { id: { in: campusIds }, kind: "CAMPUS" } });
    if (campuses !== campusIds.length) {
      throw new AppError("INVALID", undefined, { campusIds: ["Choose campuses from the list."] });
    }
    const row = await tx.downtime.create({
      data: { title: input.title, message: input.message, campusIds, startedAt: now, declaredById: actor.userId },
      select: { id: true },
    });
    await writeAudit(
      tx,
      { actorId: actor.userId, action: "downtime.declared", entityType: "Downtime", entityId: row.id, details: { campuses: campusIds.length, hospitalWide: campusIds.length === 0 } },
      now,
    );
    return row;
  });
}

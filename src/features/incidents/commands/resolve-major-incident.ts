import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TResolveIncident } from "../schemas";

type Input = { actor: Actor; input: TResolveIncident; now: Date };

/** Ends a major incident: new reports stop attaching to it and intake stops showing it as a known issue. */
export async function resolveMajorIncident({ actor, input, now }: Input): Promise<void> {
  assertCan(actor, "outage:confirm");
  await db.$transaction(async (tx) => {
    const updated = await tx.majorIncident.updateMany({ where: { id: input.incidentId, status: "OPEN" }, data: { status: "RESOLVED", resolvedAt: now } });
    if (updated.count === 0) throw new AppError("NOT_FOUND", "That outage is already resolved or does not exist.");
    await writeAudit(tx, { actorId: actor.userId, action: "incident.resolved", entityType: "MajorIncident", entityId: input.incidentId }, now);
  });
}

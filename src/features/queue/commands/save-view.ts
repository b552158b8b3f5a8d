import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { paramsFromQuery, parseQueueParams, queueQuery, type TSaveView } from "../schemas";

type Input = { actor: Actor; input: TSaveView; now: Date };

const taken = (name: string) => new AppError("INVALID", "The view was not saved.", { name: [`You already have a view called “${name}”. Choose another name.`] });

/**
 * Saves the queue's current filters under a name, for this person only. The query is parsed again and written
 * back in its clean form, so a view never stores a filter the queue would ignore. The page cursor is dropped:
 * a view opens at the most urgent ticket.
 */
export async function saveQueueView({ actor, input, now }: Input): Promise<{ id: string }> {
  assertCan(actor, "queue:read");
  const { filters } = parseQueueParams(paramsFromQuery(input.query));
  const query = queueQuery(filters);
  return db.$transaction(async (tx) => {
    const view = await tx.savedQueueView
      .create({ data: { userId: actor.userId, name: input.name, query }, select: { id: true } })
      // The unique (userId, name) index decides, also for two tabs saving at once.
      .catch((error: unknown) => {
        throw (error as { code?: string }).code === "P2002" ? taken(input.name) : error;
      });
    await writeAudit(tx, { actorId: actor.userId, action: "queue.view_saved", entityType: "SavedQueueView", entityId: view.id, details: { filters: Object.keys(filters).length } }, now);
    return view;
  });
}

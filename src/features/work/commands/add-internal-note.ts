import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { refusePhi } from "@/features/retriage/commands/shared";
import type { TInternalNote } from "../schemas";
import { loadWorkableTicket, updateAtVersion } from "./workable";

type Input = { actor: Actor; input: TInternalNote; now: Date };

/**
 * A note for IT only: never shown to the reporter, never emailed. Staff text must not hold patient data, so
 * likely patient data is refused outright (no redact option, unlike the reporter's messages). Notes stay
 * possible on fixed and closed tickets: what was learned is worth keeping.
 */
export async function addInternalNote({ actor, input, now }: Input): Promise<{ version: number; commentId: string }> {
  assertCan(actor, "ticket:comment:internal");
  const ticket = await loadWorkableTicket(actor, input.ticketId, input.version);
  refusePhi("body", input.body, now);

  return db.$transaction(async (tx) => {
    const version = await updateAtVersion(tx, ticket, {}, now);
    const comment = await tx.comment.create({
      data: { ticketId: ticket.id, authorId: actor.userId, body: input.body, visibility: "INTERNAL", createdAt: now },
      select: { id: true },
    });
    await tx.ticketEvent.create({
      data: { ticketId: ticket.id, actorId: actor.userId, type: "COMMENTED", createdAt: now, data: { commentId: comment.id, visibility: "INTERNAL" } },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.internal_note", entityType: "Ticket", entityId: ticket.id, details: { commentId: comment.id } }, now);
    return { version, commentId: comment.id };
  });
}

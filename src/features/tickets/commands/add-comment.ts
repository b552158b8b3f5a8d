import { env } from "@/env";
import type { Actor } from "@/domain/authz/actor";
import { detectPhi, redactPhi, type PhiFinding } from "@/domain/phi/detect";
import type { TStatus } from "@/domain/tickets/status";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import type { Tx } from "@/server/prisma-client";
import { recordFirstResponse, recordStatusChange } from "@/features/sla/transitions";
import { notifyRequester } from "@/features/notifications/enqueue";
import { kickEmailDelivery } from "@/features/notifications/delivery";
import { findVisibleTicket } from "../queries";
import type { TAddComment } from "../schemas";
import { seesInternalNotes } from "../visibility";

export type AddCommentResult = { kind: "added"; commentId: string } | { kind: "phi_found"; findings: PhiFinding[] };

type Input = { actor: Actor; input: TAddComment; now: Date };

/**
 * A public message on a ticket. When the reporter answers a question IT asked (status "waiting for your
 * reply"), the ticket goes back to "being worked on". Staff replies notify the reporter.
 */
export async function addComment({ actor, input, now }: Input): Promise<AddCommentResult> {
  assertCan(actor, "ticket:comment:public");
  const ticket = await findVisibleTicket(actor, input.ticketId);
  const findings = detectPhi(input.body, { mrnPattern: env().PHI_MRN_PATTERN, now });
  if (findings.length > 0 && input.phiDecision !== "redact") return { kind: "phi_found", findings };

  const commentId = await db.$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: { ticketId: ticket.id, authorId: actor.userId, body: redactPhi(input.body, findings), visibility: "PUBLIC", createdAt: now },
      select: { id: true },
    });
    await tx.ticketEvent.create({
      data: { ticketId: ticket.id, actorId: actor.userId, type: "COMMENTED", createdAt: now, data: { commentId: comment.id, visibility: "PUBLIC" } },
      select: { id: true },
    });
    const resumed = actor.userId === ticket.requesterId && (await resumeIfWaiting(tx, ticket.id, actor.userId, now));
    if (!resumed) await tx.ticket.update({ where: { id: ticket.id }, data: { version: { increment: 1 }, updatedAt: now }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.commented", entityType: "Ticket", entityId: ticket.id, details: { commentId: comment.id, visibility: "PUBLIC", redactions: findings.length } }, now);
    if (seesInternalNotes(actor)) {
      // IT's first public reply is the first response the requester was promised (the SLA clock reads it).
      const first = await tx.ticket.updateMany({ where: { id: ticket.id, firstResponseAt: null }, data: { firstResponseAt: now } });
      if (first.count === 1) await recordFirstResponse(tx, ticket.id, now);
      const status: TStatus = resumed ? "IN_PROGRESS" : ticket.status;
      await notifyRequester(tx, { ticket: { ...ticket, status }, kind: "PUBLIC_REPLY", actorId: actor.userId }, now);
    }
    return comment.id;
  });
  kickEmailDelivery();
  return { kind: "added", commentId };
}

/**
 * The reporter answered while IT waited for them: back to "being worked on". Conditional on the status still
 * being "waiting", so two replies racing move it, and log it, once.
 */
async function resumeIfWaiting(tx: Tx, ticketId: string, actorId: string, now: Date): Promise<boolean> {
  const moved = await tx.ticket.updateMany({
    where: { id: ticketId, status: "WAITING_ON_CLINICIAN" },
    data: { status: "IN_PROGRESS", version: { increment: 1 }, updatedAt: now },
  });
  if (moved.count === 0) return false;
  await tx.ticketEvent.create({
    data: { ticketId, actorId, type: "STATUS_CHANGED", createdAt: now, data: { from: "WAITING_ON_CLINICIAN", to: "IN_PROGRESS", reason: "requester_replied" } },
    select: { id: true },
  });
  // The answer IT waited for: the clocks run again.
  await recordStatusChange(tx, { ticketId, from: "WAITING_ON_CLINICIAN", to: "IN_PROGRESS", byStaff: false }, now);
  return true;
}

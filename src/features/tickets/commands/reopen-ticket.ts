import { canMove } from "@/domain/tickets/lifecycle";
import { env } from "@/env";
import type { Actor } from "@/domain/authz/actor";
import { detectPhi, redactPhi, type PhiFinding } from "@/domain/phi/detect";
import { REOPEN_WINDOW_DAYS, requesterActions } from "@/domain/tickets/status";
import { recordStatusChange } from "@/features/sla/transitions";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TReopenTicket } from "../schemas";
import { loadForRequester, STALE_MESSAGE } from "./confirm-resolution";

export type ReopenResult = { kind: "reopened" } | { kind: "phi_found"; findings: PhiFinding[] };

type Input = { actor: Actor; input: TReopenTicket; now: Date };

/**
 * "It's still not working", within 7 days of the fix: the ticket reopens with the reporter's reason as a public
 * message, so the technician reads why. The earlier fix time stays in the timeline event.
 */
export async function reopenTicket({ actor, input, now }: Input): Promise<ReopenResult> {
  const ticket = await loadForRequester(actor, input.ticketId);
  if (ticket.version !== input.version) throw new AppError("CONFLICT", STALE_MESSAGE);
  if (!canMove("requester", ticket.status, "REOPENED") || !requesterActions(ticket, now).includes("reopen")) {
    throw new AppError("INVALID", `It is more than ${REOPEN_WINDOW_DAYS} days since this was fixed, so it cannot be reopened. Please report it as a new problem.`);
  }
  const findings = detectPhi(input.reason, { mrnPattern: env().PHI_MRN_PATTERN, now });
  if (findings.length > 0 && input.phiDecision !== "redact") return { kind: "phi_found", findings };

  await db.$transaction(async (tx) => {
    const reopened = await tx.ticket.updateMany({
      where: { id: ticket.id, version: input.version, status: { in: ["RESOLVED", "CLOSED"] } },
      data: { status: "REOPENED", resolvedAt: null, closedAt: null, updatedAt: now, version: { increment: 1 } },
    });
    if (reopened.count === 0) throw new AppError("CONFLICT", STALE_MESSAGE);
    const comment = await tx.comment.create({
      data: { ticketId: ticket.id, authorId: actor.userId, body: redactPhi(input.reason, findings), visibility: "PUBLIC", createdAt: now },
      select: { id: true },
    });
    await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        actorId: actor.userId,
        type: "REOPENED",
        createdAt: now,
        data: { from: ticket.status, to: "REOPENED", previousResolvedAt: ticket.resolvedAt?.toISOString() ?? null, commentId: comment.id },
      },
      select: { id: true },
    });
    // The fix did not hold: the resolution clock runs again from where it stopped.
    await recordStatusChange(tx, { ticketId: ticket.id, from: ticket.status, to: "REOPENED", byStaff: false }, now);
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.reopened", entityType: "Ticket", entityId: ticket.id, details: { from: ticket.status, commentId: comment.id, redactions: findings.length } }, now);
  });
  return { kind: "reopened" };
}

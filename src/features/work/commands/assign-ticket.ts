import { canMove } from "@/domain/tickets/lifecycle";
import type { Actor } from "@/domain/authz/actor";
import type { TStatus } from "@/domain/tickets/status";
import { formatTicketNumber } from "@/lib/ticket-number";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Tx } from "@/server/prisma-client";
import { recordStatusChange } from "@/features/sla/transitions";
import type { TAssignTicket } from "../schemas";
import { assertOpen, loadWorkableTicket, updateAtVersion, type WorkTicket } from "./workable";

type Input = { actor: Actor; input: TAssignTicket; now: Date };

/**
 * Hands a ticket to a teammate, or back to the team (assigneeId null). Only active people of the ticket's own
 * team can take it, so it never lands with someone who will not see it in their queue. A new owner starts the
 * walk over: a trip the previous technician had begun is not theirs.
 */
export async function assignTicket({ actor, input, now }: Input): Promise<{ version: number }> {
  assertCan(actor, "ticket:assign");
  const ticket = await loadWorkableTicket(actor, input.ticketId, input.version);
  assertOpen(ticket, "assigning it");
  if (input.assigneeId === ticket.assigneeId) {
    throw new AppError("INVALID", undefined, { assigneeId: [input.assigneeId ? "This person already has the ticket." : "Nobody has this ticket yet."] });
  }
  const assignee = input.assigneeId ? await teammate(ticket, input.assigneeId) : null;
  const to: TStatus = assignee && ticket.status === "NEW" ? "ASSIGNED" : !assignee && ticket.status === "ASSIGNED" ? "NEW" : ticket.status;
  if (!canMove("routing", ticket.status, to)) throw new AppError("INVALID", "This ticket cannot be handed over in its current status.");
  const restartWalk = ticket.dispatchStep === "EN_ROUTE" || ticket.dispatchStep === "ON_SITE";

  const version = await db.$transaction(async (tx) => {
    const next = await updateAtVersion(tx, ticket, {
      assigneeId: assignee?.id ?? null, status: to,
      ...(restartWalk ? { dispatchStep: null, enRouteAt: null, onSiteAt: null } : {}),
    }, now);
    const data = assignee
      ? { assigneeId: assignee.id, assigneeName: assignee.displayName, previousAssigneeId: ticket.assigneeId }
      : { previousAssigneeId: ticket.assigneeId };
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.userId, type: assignee ? "ASSIGNED" : "UNASSIGNED", createdAt: now, data }, select: { id: true } });
    if (to !== ticket.status) await recordStatusChange(tx, { ticketId: ticket.id, from: ticket.status, to, byStaff: false }, now);
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.assigned", entityType: "Ticket", entityId: ticket.id, details: { assigneeId: assignee?.id ?? null, previousAssigneeId: ticket.assigneeId } }, now);
    if (assignee && assignee.id !== actor.userId) await tellAssignee(tx, ticket, assignee.id, now);
    return next;
  });
  return { version };
}

/** An active person of the ticket's team, or a field error saying who can take it. */
async function teammate(ticket: WorkTicket, userId: string) {
  if (!ticket.teamId) throw new AppError("INVALID", undefined, { assigneeId: ["This ticket has no team yet. Send it to a team first."] });
  const member = await db.teamMember.findFirst({
    where: { teamId: ticket.teamId, userId, user: { disabledAt: null, isService: false } },
    select: { user: { select: { id: true, displayName: true } } },
  });
  if (!member) throw new AppError("INVALID", undefined, { assigneeId: [`Choose someone who works in ${ticket.team?.name ?? "the ticket's team"}.`] });
  return member.user;
}

/** In-app only: the number, never ticket text. */
async function tellAssignee(tx: Tx, ticket: WorkTicket, userId: string, now: Date): Promise<void> {
  await tx.notification.create({
    data: { userId, ticketId: ticket.id, kind: "ASSIGNED", title: `${formatTicketNumber(ticket.number)} was assigned to you`, createdAt: now },
    select: { id: true },
  });
}

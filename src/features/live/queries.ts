import type { Actor } from "@/domain/authz/actor";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { isUuid } from "@/features/tickets/queries";
import { ticketsVisibleTo } from "@/features/tickets/visibility";
import type { LiveScope } from "./change";

/** The queue's live scope: the actor's teams (read once, at connect) and what is assigned to them. */
export async function queueScopeFor(actor: Actor): Promise<LiveScope> {
  assertCan(actor, "queue:read");
  // Managers answer for every team (as in ticketsWorkableBy).
  if (actor.role === "MANAGER") return { kind: "queue", userId: actor.userId, teamIds: new Set(), everyTeam: true };
  const memberships = await db.teamMember.findMany({ where: { userId: actor.userId }, select: { teamId: true } });
  return { kind: "queue", userId: actor.userId, teamIds: new Set(memberships.map((row) => row.teamId)), everyTeam: false };
}

/** One ticket's live scope, if the actor may see that ticket; unknown and not-yours are the same 404. */
export async function ticketScopeFor(actor: Actor, ticketId: string): Promise<LiveScope> {
  assertCan(actor, "ticket:read");
  const ticket = isUuid(ticketId)
    ? await db.ticket.findFirst({ where: { AND: [{ id: ticketId }, ticketsVisibleTo(actor)] }, select: { id: true } })
    : null;
  if (!ticket) throw new AppError("NOT_FOUND");
  return { kind: "ticket", ticketId: ticket.id };
}

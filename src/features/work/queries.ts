import type { Actor } from "@/domain/authz/actor";
import { roleHasPermission } from "@/domain/authz/authorize";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { isUuid } from "@/features/tickets/queries";
import { ticketsWorkableBy } from "@/features/tickets/visibility";

// What the "Work on this ticket" panel needs, read for the actor: nothing when the ticket is not theirs to work.

export type WorkPanel = NonNullable<Awaited<ReturnType<typeof workPanel>>>;

export async function workPanel(actor: Actor, ticketId: string) {
  assertCan(actor, "queue:read");
  if (!isUuid(ticketId)) return null;
  const ticket = await db.ticket.findFirst({
    where: { AND: [ticketsWorkableBy(actor), { id: ticketId }] },
    select: {
      id: true, version: true, status: true, mode: true, teamId: true, assigneeId: true, dispatchStep: true,
      enRouteAt: true, onSiteAt: true, handsOnDoneAt: true,
      team: { select: { name: true } }, assignee: { select: { displayName: true } }, majorIncident: { select: { title: true } },
    },
  });
  if (!ticket) return null;
  const can = (permission: Parameters<typeof roleHasPermission>[1]) => roleHasPermission(actor.role, permission);
  const [teammates, incidents] = await Promise.all([
    can("ticket:assign") && ticket.teamId
      ? db.user.findMany({
          where: { disabledAt: null, isService: false, teamMemberships: { some: { teamId: ticket.teamId } } },
          orderBy: { displayName: "asc" },
          select: { id: true, displayName: true },
        })
      : [],
    can("outage:confirm") && !ticket.majorIncident
      ? db.majorIncident.findMany({ where: { status: "OPEN" }, orderBy: { createdAt: "desc" }, take: 50, select: { id: true, title: true } })
      : [],
  ]);
  return {
    ticket,
    teammates,
    incidents,
    can: {
      claim: can("ticket:claim"),
      assign: can("ticket:assign"),
      transition: can("ticket:transition"),
      note: can("ticket:comment:internal"),
      link: can("outage:confirm"),
    },
  };
}

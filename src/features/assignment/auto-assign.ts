import { env } from "@/env";
import { isOnShiftAt, localTime, previousWeekday } from "@/domain/assignment/shifts";
import { pickLeastLoaded } from "@/domain/assignment/pick";
import { OPEN_STATUSES, PRIORITY_WORDS } from "@/domain/tickets/status";
import { formatTicketNumber } from "@/lib/ticket-number";
import type { Tx } from "@/server/prisma-client";

type Priority = keyof typeof PRIORITY_WORDS;
type Person = { id: string; displayName: string; email: string; isService: boolean };

/** Who a new ticket goes to, and why: the least-loaded person on shift, or (P1/P2 only) the on-call person paged. */
export type AutoAssignment = { user: Person; reason: "least-loaded on shift" | "on call, nobody on shift"; paged: boolean };

const PERSON = { select: { id: true, displayName: true, email: true, isService: true } } as const;

/**
 * Chooses the assignee for a ticket that triage sent to `teamId` and no rule assigned. Two reads at most:
 * today's and yesterday's shifts (yesterday's may run past midnight), then either everyone's open-ticket
 * counts or, when nobody is at work, the on-call rota. Runs inside the filing transaction.
 */
export async function chooseAssignee(tx: Tx, args: { teamId: string; priority: Priority; now: Date }): Promise<AutoAssignment | null> {
  const local = localTime(args.now, env().HOSPITAL_TIME_ZONE);
  const shifts = await tx.teamShift.findMany({
    where: {
      teamId: args.teamId,
      active: true,
      weekday: { in: [local.weekday, previousWeekday(local.weekday)] },
      // Only current members who can still sign in take work.
      user: { disabledAt: null, teamMemberships: { some: { teamId: args.teamId } } },
    },
    select: { weekday: true, startMinute: true, endMinute: true, user: PERSON },
  });
  const onShift = new Map(shifts.filter((shift) => isOnShiftAt(shift, local)).map((shift) => [shift.user.id, shift.user]));
  if (onShift.size > 0) {
    const load = await tx.ticket.groupBy({
      by: ["assigneeId"],
      where: { assigneeId: { in: [...onShift.keys()] }, status: { in: [...OPEN_STATUSES] } },
      _count: { _all: true },
      // The newest open ticket someone holds stands in for "last assigned": the rota has no other record of it.
      _max: { createdAt: true },
    });
    const byUser = new Map(load.map((row) => [row.assigneeId, row]));
    const chosen = pickLeastLoaded(
      [...onShift.keys()].map((userId) => ({ userId, openTickets: byUser.get(userId)?._count._all ?? 0, lastAssignedAt: byUser.get(userId)?._max.createdAt ?? null })),
    );
    const user = chosen && onShift.get(chosen.userId);
    return user ? { user, reason: "least-loaded on shift", paged: false } : null;
  }
  // Nights and weekends: a P3 or P4 waits in the team queue for the morning; P1 and P2 cannot wait.
  if (args.priority !== "P1" && args.priority !== "P2") return null;
  const onCall = await tx.onCallAssignment.findFirst({
    where: { teamId: args.teamId, startsAt: { lte: args.now }, endsAt: { gt: args.now }, user: { disabledAt: null } },
    orderBy: { startsAt: "desc" },
    select: { user: PERSON },
  });
  return onCall ? { user: onCall.user, reason: "on call, nobody on shift", paged: true } : null;
}

type Filed = { id: string; number: number; priority: Priority };

/**
 * The timeline line and the assignee's notification; a page also goes out by email. Titles and emails carry the
 * number, priority and a link only: ticket text could hold patient data and email leaves the hospital.
 */
export async function recordAutoAssignment(tx: Tx, ticket: Filed, assignment: AutoAssignment, now: Date): Promise<void> {
  const number = formatTicketNumber(ticket.number);
  const words = PRIORITY_WORDS[ticket.priority];
  const { user } = assignment;
  await tx.ticketEvent.create({
    data: { ticketId: ticket.id, actorId: null, type: "ASSIGNED", createdAt: now, data: { assigneeId: user.id, assigneeName: user.displayName, reason: assignment.reason } },
  });
  const title = assignment.paged ? `${number} needs you now (on call): ${words}` : `${number} assigned to you: ${words}`;
  await tx.notification.create({ data: { userId: user.id, ticketId: ticket.id, kind: assignment.paged ? "ON_CALL_PAGE" : "ASSIGNED", title, createdAt: now } });
  if (!assignment.paged || user.isService) return;
  const link = new URL(`/tickets/${ticket.id}`, env().APP_BASE_URL).toString();
  const textBody = `${title}\n\nNobody on your team is on shift, and you are on call. Open the ticket:\n${link}\n\nThis message was sent by WardDesk. Do not reply to it with patient information.`;
  await tx.emailOutbox.create({ data: { toAddress: user.email, subject: `[WardDesk] ${title}`, textBody, createdAt: now, nextAttemptAt: now } });
}

import type { Actor } from "@/domain/authz/actor";
import { instantReaching } from "@/domain/sla/clock";
import { SOON_FRACTION } from "@/domain/sla/words";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { isUuid } from "@/features/tickets/queries";
import { ticketsFullyVisibleTo } from "@/features/tickets/visibility";
import { readClocks, type Clock } from "./clocks";
import type { SlaBadgeInput } from "./components/badge-words";
import { pauseReason, policyWords, type PolicyTarget } from "./components/policy-words";

export type SlaPanelClock = { badge: SlaBadgeInput; dueAt: Date | null };
export type SlaPanel = {
  policy: string;
  clocks: SlaPanelClock[];
  paused: { since: Date; reason: string } | null;
  escalatedAt: Date | null;
};

// The exact reading: business-hours time, the instant the clock turns amber and how far over a stopped one went.
function badgeFromClock(clock: Clock, storedDueAt: Date | null): SlaPanelClock {
  const phase = clock.stopped ? "stopped" : clock.state.running ? "running" : "paused";
  // A stopped clock keeps the due instant it had when it stopped (stored); the clock can only give one once reached.
  const dueAt = phase === "stopped" ? (storedDueAt ?? clock.state.dueAt) : clock.state.dueAt;
  const soonAt = phase === "running" ? instantReaching(clock.calendar, clock.intervals, SOON_FRACTION * clock.state.targetMs) : null;
  const badge: SlaBadgeInput = {
    target: clock.target,
    phase,
    dueAt: dueAt?.toISOString() ?? null,
    soonAt: soonAt?.toISOString() ?? null,
    stoppedAt: phase === "stopped" ? (clock.intervals.at(-1)?.to?.toISOString() ?? null) : null,
    breached: clock.state.breached,
    remainingMs: phase === "running" ? null : clock.state.remainingMs,
  };
  return { badge, dueAt };
}

async function calendarNames(ids: (string | null)[]) {
  const rows = await db.slaCalendar.findMany({
    where: { id: { in: ids.filter((id): id is string => id !== null) } },
    select: { id: true, name: true, kind: true },
  });
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * What the staff SLA panel on the ticket page shows, or null when the actor may not see the ticket in full.
 * Staff only: clinicians get the plain promise ("We aim to respond by 10:45"), not the targets and clocks.
 */
export async function slaPanelFor(actor: Actor, ticketId: string, now: Date): Promise<SlaPanel | null> {
  assertCan(actor, "queue:read");
  if (!isUuid(ticketId)) return null;
  const visible = await db.ticket.count({ where: { AND: [ticketsFullyVisibleTo(actor), { id: ticketId }] } });
  if (visible === 0) return null;
  const read = await readClocks(db, ticketId, now);
  if (!read) return null;
  const { ticket, clocks } = read;
  const calendars = await calendarNames([ticket.responseCalendarId, ticket.resolutionCalendarId]);
  const target = (minutes: number | null, calendarId: string | null): PolicyTarget => {
    const calendar = calendarId ? calendars.get(calendarId) : undefined;
    return minutes !== null && calendar ? { minutes, calendarName: calendar.name, calendarKind: calendar.kind } : null;
  };
  const stored = { RESPONSE: ticket.responseDueAt, RESOLUTION: ticket.resolutionDueAt } as const;
  return {
    policy: policyWords(
      ticket.priority,
      target(ticket.responseTargetMinutes, ticket.responseCalendarId),
      target(ticket.resolutionTargetMinutes, ticket.resolutionCalendarId),
    ),
    clocks: clocks.map((clock) => badgeFromClock(clock, stored[clock.target])),
    paused: ticket.slaPausedAt ? { since: ticket.slaPausedAt, reason: pauseReason(ticket.status) } : null,
    escalatedAt: ticket.escalatedAt,
  };
}

import type { BusinessCalendar } from "@/domain/sla/calendar";
import { clockState, instantReaching, runningIntervals, type ClockState, type RunningInterval } from "@/domain/sla/clock";
import { marksFor, type SlaTargetName } from "@/domain/sla/marks";
import type { Db, Tx } from "@/server/prisma-client";
import { loadCalendars } from "./load";

type Reader = Db | Tx;

export const SLA_TARGETS: readonly SlaTargetName[] = ["RESPONSE", "RESOLUTION"];

// The thresholds a running clock passes, in order, and the event each one records.
export const THRESHOLDS = [
  { fraction: 0.5, kind: "WARNED_50" },
  { fraction: 0.75, kind: "WARNED_75" },
  { fraction: 1, kind: "BREACHED" },
] as const;
export type ThresholdKind = (typeof THRESHOLDS)[number]["kind"];

/**
 * Exactly-once keys for threshold events. A warning belongs to a target size (a priority change to a new
 * target warns again); a breach happens once per ticket and clock, whatever changes after it.
 */
export function thresholdKey(ticketId: string, target: SlaTargetName, kind: ThresholdKind, targetMinutes: number): string {
  return kind === "BREACHED" ? `${ticketId}:${target}:BREACHED` : `${ticketId}:${target}:${kind}:${targetMinutes}`;
}

export type Clock = {
  target: SlaTargetName;
  targetMinutes: number;
  calendar: BusinessCalendar;
  intervals: RunningInterval[];
  state: ClockState;
  stopped: boolean;
};

const ticketSelect = {
  id: true, number: true, status: true, priority: true, teamId: true, assigneeId: true, categoryId: true,
  requesterId: true, createdAt: true, updatedAt: true, escalatedAt: true, slaPausedAt: true, firstResponseAt: true,
  responseDueAt: true, resolutionDueAt: true,
  responseTargetMinutes: true, resolutionTargetMinutes: true, responseCalendarId: true, resolutionCalendarId: true,
} as const;

export type TicketClocks = {
  ticket: NonNullable<Awaited<ReturnType<typeof findTicket>>>;
  clocks: Clock[];
  eventKeys: Set<string>;
};

function findTicket(reader: Reader, ticketId: string) {
  return reader.ticket.findUnique({ where: { id: ticketId }, select: ticketSelect });
}

/** A ticket's SLA clocks at `now`, rebuilt from its SLA events. Clocks without a target are left out. */
export async function readClocks(reader: Reader, ticketId: string, now: Date): Promise<TicketClocks | null> {
  const ticket = await findTicket(reader, ticketId);
  if (!ticket) return null;
  const events = await reader.slaEvent.findMany({
    where: { ticketId },
    select: { kind: true, target: true, at: true, dedupeKey: true },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  const calendarIds = [ticket.responseCalendarId, ticket.resolutionCalendarId].filter((id): id is string => id !== null);
  const calendars = await loadCalendars(reader, calendarIds);
  const clocks: Clock[] = [];
  for (const target of SLA_TARGETS) {
    const targetMinutes = target === "RESPONSE" ? ticket.responseTargetMinutes : ticket.resolutionTargetMinutes;
    const calendarId = target === "RESPONSE" ? ticket.responseCalendarId : ticket.resolutionCalendarId;
    const calendar = calendarId ? calendars.get(calendarId) : undefined;
    if (targetMinutes === null || !calendar) continue;
    const marks = marksFor(events, target);
    const last = marks.at(-1);
    clocks.push({
      target,
      targetMinutes,
      calendar,
      intervals: runningIntervals(marks),
      state: clockState(calendar, marks, targetMinutes, now),
      stopped: last?.kind === "stop",
    });
  }
  return { ticket, clocks, eventKeys: new Set(events.map((event) => event.dedupeKey).filter((key): key is string => key !== null)) };
}

/** Thresholds this clock has passed by `now` whose event is not recorded yet. */
export function unrecordedCrossings(ticketId: string, clock: Clock, eventKeys: Set<string>): ThresholdKind[] {
  if (!clock.state.running) return [];
  return THRESHOLDS.filter((threshold) => clock.state.fraction >= threshold.fraction)
    .map((threshold) => threshold.kind)
    .filter((kind) => !eventKeys.has(thresholdKey(ticketId, clock.target, kind, clock.targetMinutes)));
}

/** When the next unrecorded threshold of any running clock is reached (now, if one already was), or null. */
export function nextCheckAt(ticketId: string, clocks: readonly Clock[], eventKeys: Set<string>, now: Date): Date | null {
  let next: number | null = null;
  for (const clock of clocks) {
    if (!clock.state.running) continue;
    for (const threshold of THRESHOLDS) {
      if (eventKeys.has(thresholdKey(ticketId, clock.target, threshold.kind, clock.targetMinutes))) continue;
      const reached = instantReaching(clock.calendar, clock.intervals, threshold.fraction * clock.targetMinutes * 60_000);
      if (!reached) continue;
      const when = Math.max(reached.getTime(), now.getTime());
      next = next === null ? when : Math.min(next, when);
    }
  }
  return next === null ? null : new Date(next);
}

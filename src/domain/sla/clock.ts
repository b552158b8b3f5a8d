import { addBusinessTime, type BusinessCalendar, businessTimeBetween } from "./calendar";

export type ClockMark = { kind: "start" | "pause" | "resume" | "stop"; at: Date };
export type RunningInterval = { from: Date; to: Date | null }; // to null = still running
export type ClockState = {
  running: boolean;
  elapsedMs: number;
  targetMs: number;
  remainingMs: number /* negative when overdue */;
  dueAt: Date | null /* instantReaching(target) */;
  fraction: number /* elapsed/target */;
  breached: boolean /* elapsed >= target */;
};

/** Thresholds the warnings fire at. */
export const WARNING_FRACTIONS = [0.5, 0.75] as const;

type Phase = "unstarted" | "running" | "paused" | "stopped";

/** Marks in time order -> intervals when the clock ran. Redundant marks are ignored (pause while paused, resume while running, stop while stopped); "resume" after "stop" restarts (reopen). Marks before "start" are ignored. */
export function runningIntervals(marks: readonly ClockMark[]): RunningInterval[] {
  const intervals: RunningInterval[] = [];
  let phase: Phase = "unstarted";
  let from: Date | null = null;
  const close = (at: Date) => {
    // A pause in the same instant as the start ran for no time; keeping it would only add noise.
    if (from && at.getTime() > from.getTime()) intervals.push({ from, to: at });
    from = null;
  };
  for (const mark of [...marks].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (mark.kind === "start" && phase === "unstarted") {
      phase = "running";
      from = mark.at;
    } else if (mark.kind === "resume" && (phase === "paused" || phase === "stopped")) {
      phase = "running";
      from = mark.at;
    } else if (mark.kind === "pause" && phase === "running") {
      phase = "paused";
      close(mark.at);
    } else if (mark.kind === "stop" && (phase === "running" || phase === "paused")) {
      if (phase === "running") close(mark.at);
      phase = "stopped";
    }
  }
  if (phase === "running" && from) intervals.push({ from, to: null });
  return intervals;
}

/** Business time counted by `now` (intervals clipped at now). */
export function elapsedBusinessMs(calendar: BusinessCalendar, intervals: readonly RunningInterval[], now: Date): number {
  let total = 0;
  for (const { from, to } of intervals) {
    const end = to === null || to.getTime() > now.getTime() ? now : to;
    total += businessTimeBetween(calendar, from, end);
  }
  return total;
}

/** The instant the clock reaches `targetMs` (e.g. fraction*target), assuming no further pauses: may be in the past (crossed inside an earlier interval). null if the clock is not running and never reached it. */
export function instantReaching(
  calendar: BusinessCalendar,
  intervals: readonly RunningInterval[],
  targetMs: number,
): Date | null {
  let remaining = Math.max(0, targetMs);
  for (const { from, to } of intervals) {
    const ran = to === null ? Infinity : businessTimeBetween(calendar, from, to);
    if (remaining <= ran) return reach(calendar, from, remaining);
    remaining -= ran;
  }
  return null;
}

// A calendar that never opens would never reach the target: "no due time" rather than an error on a ticket page.
function reach(calendar: BusinessCalendar, from: Date, ms: number): Date | null {
  try {
    return addBusinessTime(calendar, from, ms);
  } catch {
    return null;
  }
}

export function clockState(
  calendar: BusinessCalendar,
  marks: readonly ClockMark[],
  targetMinutes: number,
  now: Date,
): ClockState {
  const intervals = runningIntervals(marks);
  const elapsedMs = elapsedBusinessMs(calendar, intervals, now);
  const targetMs = targetMinutes * 60_000;
  return {
    running: intervals.at(-1)?.to === null,
    elapsedMs,
    targetMs,
    remainingMs: targetMs - elapsedMs,
    dueAt: instantReaching(calendar, intervals, targetMs),
    fraction: targetMs > 0 ? elapsedMs / targetMs : 1,
    breached: elapsedMs >= targetMs,
  };
}

import { SOON_FRACTION } from "@/domain/sla/words";
import type { TStatus } from "@/domain/tickets/status";
import type { SlaBadgeInput } from "./badge-words";

/** The stored SLA columns of a ticket row: enough for a list badge without reading its SLA events. */
export type SlaColumns = {
  status: TStatus;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  responseTargetMinutes: number | null;
  resolutionTargetMinutes: number | null;
  slaPausedAt: Date | null;
};

const iso = (instant: Date | null) => instant?.toISOString() ?? null;

/**
 * Approximation for rows: "soon" from when less than (1 - SOON_FRACTION) of the target is left in wall time
 * before the due instant. Exact only round the clock; on a business-hours calendar the 75 % point falls earlier
 * in wall time (nights and weekends do not count), so a row may turn amber a little late. The ticket page
 * reads the exact point from the clock.
 */
function approximateSoonAt(dueAt: Date | null, targetMinutes: number | null): string | null {
  if (!dueAt || targetMinutes === null) return null;
  return new Date(dueAt.getTime() - (1 - SOON_FRACTION) * targetMinutes * 60_000).toISOString();
}

function openClock(target: SlaBadgeInput["target"], dueAt: Date | null, targetMinutes: number | null, pausedAt: Date | null): SlaBadgeInput {
  const paused = pausedAt !== null;
  return {
    target,
    phase: paused ? "paused" : "running",
    dueAt: paused ? null : iso(dueAt),
    soonAt: paused ? null : approximateSoonAt(dueAt, targetMinutes),
    stoppedAt: null,
    breached: false,
    remainingMs: null,
  };
}

/**
 * The clock a list row shows: the response until someone from IT responded, then the fix. Null when the ticket
 * has no SLA at all (filed before policies existed, or no policy matched).
 */
export function badgeFromColumns(row: SlaColumns): SlaBadgeInput | null {
  if (row.firstResponseAt === null) {
    if (row.responseDueAt === null && row.responseTargetMinutes === null) return null;
    return openClock("RESPONSE", row.responseDueAt, row.responseTargetMinutes, row.slaPausedAt);
  }
  if (row.resolutionDueAt === null && row.resolutionTargetMinutes === null) return null;
  if (row.status === "RESOLVED" || row.status === "CLOSED") {
    // The due instant stays stored when the clock stops, so a kept or broken promise stays readable.
    return { target: "RESOLUTION", phase: "stopped", dueAt: iso(row.resolutionDueAt), soonAt: null, stoppedAt: iso(row.resolvedAt), breached: false, remainingMs: null };
  }
  return openClock("RESOLUTION", row.resolutionDueAt, row.resolutionTargetMinutes, row.slaPausedAt);
}

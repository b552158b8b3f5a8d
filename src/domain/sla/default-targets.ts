import type { TPriority } from "../triage/matrix";

// Interim round-the-clock targets until SLA policies and business-hours calendars arrive (issue 4/8), which
// will replace this table. Minutes from filing.
export const DEFAULT_TARGET_MINUTES: Record<TPriority, { response: number; resolution: number }> = {
  P1: { response: 15, resolution: 4 * 60 },
  P2: { response: 30, resolution: 8 * 60 },
  P3: { response: 4 * 60, resolution: 3 * 24 * 60 },
  P4: { response: 24 * 60, resolution: 10 * 24 * 60 },
};

export function defaultDueInstants(priority: TPriority, filedAt: Date): { responseDueAt: Date; resolutionDueAt: Date } {
  const target = DEFAULT_TARGET_MINUTES[priority];
  return {
    responseDueAt: new Date(filedAt.getTime() + target.response * 60_000),
    resolutionDueAt: new Date(filedAt.getTime() + target.resolution * 60_000),
  };
}

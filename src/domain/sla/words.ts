export type SlaTone = "ok" | "soon" | "overdue" | "paused" | "met";
type SlaWordsState = { dueAt: Date | null; running: boolean; breached: boolean; met?: boolean; fraction?: number };

/** Share of the target after which the badge turns to "soon". */
export const SOON_FRACTION = 0.75;

/** "12 min", "2 h 5 min", "3 d 4 h": rounded up to the minute so a badge never shows "0 min left" before the due time. */
export function durationWords(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  return `${rest} min`;
}

/** Staff-facing words for an SLA badge. `fraction` (elapsed/target) may come with the state or on its own. */
export function slaWords(
  state: SlaWordsState,
  now: Date,
  fraction: number | undefined = state.fraction,
): { tone: SlaTone; text: string } {
  if (state.met) return { tone: "met", text: "Met" };
  const untilDue = state.dueAt ? state.dueAt.getTime() - now.getTime() : null;
  if (state.breached || (state.running && untilDue !== null && untilDue <= 0)) {
    // A paused clock does not keep running up the overdue time, so do not show a growing number.
    if (!state.running || untilDue === null) return { tone: "overdue", text: state.running ? "Overdue" : "Overdue, paused" };
    return { tone: "overdue", text: `Overdue by ${durationWords(-untilDue)}` };
  }
  if (!state.running) return { tone: "paused", text: "Paused" };
  if (untilDue === null) return { tone: "ok", text: "No due time" };
  const tone = fraction !== undefined && fraction >= SOON_FRACTION ? "soon" : "ok";
  return { tone, text: `${durationWords(untilDue)} left` };
}

import type { SlaTargetName } from "@/domain/sla/marks";
import { durationWords, slaWords, SOON_FRACTION, type SlaTone } from "@/domain/sla/words";

// What an SLA badge needs, as plain serialisable values: the server reads it (exactly from the clock on the
// ticket page, from stored columns in lists) and the badge recomputes the words on its own as time passes.
export type SlaBadgeInput = {
  target: SlaTargetName;
  phase: "running" | "paused" | "stopped";
  /** ISO instant the target is (or was) due; null while paused or when unknown. */
  dueAt: string | null;
  /** ISO instant the clock has used SOON_FRACTION of its target; null when unknown or not running. */
  soonAt: string | null;
  /** ISO instant the clock stopped counting (answered, fixed). */
  stoppedAt: string | null;
  /** Whether the target was passed, as read by the server: a clock that is not running does not move. */
  breached: boolean;
  /** Business time left (negative: over) when the clock is not running, if read exactly. */
  remainingMs: number | null;
};

/**
 * Business time in minutes and hours, never days: "33 h", "1 h 30 min". A business day is not 24 hours, so
 * "1 d 9 h" of desk hours would mislead.
 */
export function businessDurationWords(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest > 0 ? `${Math.floor(minutes / 60)} h ${rest} min` : `${minutes / 60} h`;
}

export const TARGET_LABEL: Record<SlaTargetName, string> = { RESPONSE: "Response", RESOLUTION: "Fix" };

function stoppedWords(input: SlaBadgeInput): { tone: SlaTone; text: string } {
  const due = input.dueAt ? Date.parse(input.dueAt) : null;
  const stopped = input.stoppedAt ? Date.parse(input.stoppedAt) : null;
  const business = input.remainingMs !== null;
  const lateMs = input.remainingMs !== null ? -input.remainingMs : due !== null && stopped !== null ? stopped - due : null;
  const missed = input.breached || (lateMs !== null && lateMs > 0);
  if (!missed) return { tone: "met", text: "Met" };
  if (lateMs === null || lateMs <= 0) return { tone: "overdue", text: "Missed" };
  return { tone: "overdue", text: `Missed by ${business ? businessDurationWords(lateMs) : durationWords(lateMs)}` };
}

/** The badge's tone and words at `now`: "12 min left", "Overdue by 7 min", "Paused, 20 min left", "Met". */
export function badgeWords(input: SlaBadgeInput, now: Date): { tone: SlaTone; text: string } {
  if (input.phase === "stopped") return stoppedWords(input);
  const dueAt = input.dueAt ? new Date(input.dueAt) : null;
  if (input.phase === "paused") {
    const words = slaWords({ dueAt, running: false, breached: input.breached }, now);
    const left = input.remainingMs ?? 0;
    return words.tone === "paused" && left > 0 ? { ...words, text: `Paused, ${businessDurationWords(left)} left` } : words;
  }
  // slaWords only compares the fraction with SOON_FRACTION; the instant it is reached moves with the clock.
  const soonReached = input.soonAt !== null && now.getTime() >= Date.parse(input.soonAt);
  return slaWords({ dueAt, running: true, breached: input.breached }, now, soonReached ? SOON_FRACTION : 0);
}

/** "Response: 12 min left". */
export function badgeText(input: SlaBadgeInput, now: Date): { tone: SlaTone; text: string } {
  const words = badgeWords(input, now);
  return { tone: words.tone, text: `${TARGET_LABEL[input.target]}: ${words.text}` };
}

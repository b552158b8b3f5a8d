import type { TStatus } from "@/domain/tickets/status";
import { businessDurationWords } from "./badge-words";

type CalendarKind = "ALWAYS" | "BUSINESS_HOURS";
export type PolicyTarget = { minutes: number; calendarName: string; calendarKind: CalendarKind } | null;

/** Targets in minutes and hours, never days: a business day is not 24 hours, so "3 d" would mislead. */
export const targetWords = (minutes: number) => businessDurationWords(minutes * 60_000);

// Calendar names are set by managers ("Around the clock", "Service desk hours"); mid-sentence they start lower
// case unless they start with an abbreviation ("ICU hours").
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function calendarWords(target: NonNullable<PolicyTarget>): string {
  const name = inSentence(target.calendarName);
  return target.calendarKind === "ALWAYS" ? name : `counted in ${name}`;
}

/** "P2: respond within 30 min, fix within 8 h, around the clock". */
export function policyWords(priority: string, response: PolicyTarget, resolution: PolicyTarget): string {
  if (!response && !resolution) return `${priority}: no service level applies`;
  const sameCalendar = response && resolution && response.calendarName === resolution.calendarName;
  const part = (verb: string, target: PolicyTarget) =>
    target ? `${verb} within ${targetWords(target.minutes)}${sameCalendar ? "" : ` (${calendarWords(target)})`}` : null;
  const parts = [part("respond", response), part("fix", resolution)].filter((text): text is string => text !== null);
  const calendar = sameCalendar && response ? `, ${calendarWords(response)}` : "";
  return `${priority}: ${parts.join(", ")}${calendar}`;
}

// Why the clocks stand still, in staff words.
const PAUSE_REASONS: Partial<Record<TStatus, string>> = {
  WAITING_ON_CLINICIAN: "waiting for the reporter's reply",
  WAITING_ON_VENDOR: "waiting for a supplier",
};

export function pauseReason(status: TStatus): string {
  return PAUSE_REASONS[status] ?? "on hold";
}

import { typicalOpenMinutesPerDay, type BusinessCalendar } from "@/domain/sla/calendar";
import { BUSINESS_DAY_MINUTES } from "@/domain/sla/defaults";

export const TARGET_UNITS = ["minutes", "hours", "days"] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];
export const UNIT_WORDS: Record<TargetUnit, string> = { minutes: "minutes", hours: "hours", days: "business days" };

/**
 * Minutes in one business day of this calendar: its typical open day (12 h on the desk's 07:00-19:00, 24 h around
 * the clock). A calendar with no open time yet falls back to the default desk day so the sum stays meaningful.
 */
export function businessDayMinutes(calendar: BusinessCalendar): number {
  const perDay = typicalOpenMinutesPerDay(calendar);
  return perDay > 0 ? perDay : BUSINESS_DAY_MINUTES;
}

function unitMinutes(unit: TargetUnit, calendar: BusinessCalendar): number {
  return unit === "minutes" ? 1 : unit === "hours" ? 60 : businessDayMinutes(calendar);
}

/**
 * A target as typed (amount + unit) in whole minutes, or the words of why not. Days round to the minute because a
 * typical day can be an average (e.g. 9.6 h over a week of uneven days); minutes and hours must be exact.
 */
export function targetToMinutes(amount: number, unit: TargetUnit, calendar: BusinessCalendar): { minutes: number } | { error: string } {
  if (!Number.isFinite(amount) || amount <= 0) return { error: "Enter a time greater than zero." };
  const exact = amount * unitMinutes(unit, calendar);
  const minutes = Math.round(exact);
  if (unit !== "days" && Math.abs(exact - minutes) > 1e-6) return { error: "Use whole minutes (for example 1.5 hours, not 1.51)." };
  if (minutes < 1) return { error: "Enter at least one minute." };
  return { minutes };
}

/** Stored minutes in the unit a manager would have typed: whole business days on desk-hours calendars, else hours, else minutes. */
export function naturalTarget(minutes: number, calendar: BusinessCalendar): { amount: number; unit: TargetUnit } {
  const day = businessDayMinutes(calendar);
  if (calendar.kind === "BUSINESS_HOURS" && Number.isInteger(day) && minutes >= day && minutes % day === 0) return { amount: minutes / day, unit: "days" };
  if (minutes >= 60 && minutes % 60 === 0) return { amount: minutes / 60, unit: "hours" };
  return { amount: minutes, unit: "minutes" };
}

/** "15 minutes", "4 hours", "3 business days", "1 hour". */
export function targetWords(minutes: number, calendar: BusinessCalendar): string {
  const { amount, unit } = naturalTarget(minutes, calendar);
  const word = UNIT_WORDS[unit];
  return `${amount} ${amount === 1 ? word.replace(/s$/, "") : word}`;
}

import { z } from "zod";
import type { OpeningHours } from "@/domain/sla/calendar";
import { PRIORITIES } from "@/domain/triage/matrix";
import type { TStatus } from "@/domain/tickets/status";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "@/lib/plain-text";
import { TARGET_UNITS } from "./targets";

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
const name = (what: string) =>
  z.string().trim().min(2, `Name the ${what} (at least 2 characters).`).max(80, "Keep the name under 80 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE);
const amount = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : undefined),
  z.number("Enter a number, e.g. 4.").positive("Enter a time greater than zero.").max(100_000, "That is too long a time."),
);

/** A policy as the form sends it: each target as a number and a unit, turned into minutes with its calendar. */
export const ZPolicyForm = z.object({
  name: name("policy"),
  priority: z.enum(PRIORITIES, "Choose a priority."),
  categoryId: z.preprocess(blankToUndefined, z.uuid("Choose a category from the list.").optional()),
  teamId: z.preprocess(blankToUndefined, z.uuid("Choose a team from the list.").optional()),
  responseAmount: amount,
  responseUnit: z.enum(TARGET_UNITS, "Choose minutes, hours or business days."),
  responseCalendarId: z.uuid("Choose the hours the clock counts."),
  resolutionAmount: amount,
  resolutionUnit: z.enum(TARGET_UNITS, "Choose minutes, hours or business days."),
  resolutionCalendarId: z.uuid("Choose the hours the clock counts."),
  active: z.preprocess((value) => value === "on" || value === true, z.boolean()),
});
export type TPolicyForm = z.output<typeof ZPolicyForm>;
export type PolicyField = keyof z.input<typeof ZPolicyForm>;
export const POLICY_FIELDS = Object.keys(ZPolicyForm.shape) as PolicyField[];

export const ZRef = z.object({ id: z.uuid("That no longer exists. Reload the page."), version: z.coerce.number().int().min(1) });
export type TRef = z.output<typeof ZRef>;

/** Any zone the runtime knows, including aliases such as "UTC" that supportedValuesOf leaves out. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** A calendar's name, kind and zone; its opening hours come from the per-day fields (calendar-hours.ts). */
export const ZCalendarForm = z.object({
  name: name("calendar"),
  kind: z.enum(["ALWAYS", "BUSINESS_HOURS"], "Choose when the clock counts."),
  timeZone: z.string().refine(isTimeZone, "Choose a time zone from the list."),
});
export type TCalendarInput = z.output<typeof ZCalendarForm> & { hours: OpeningHours[] };
export const CALENDAR_FIELDS = ["name", "kind", "timeZone"] as const;

export const ZHolidayForm = z.object({
  calendarId: z.uuid("That calendar no longer exists. Reload the page."),
  date: z.iso.date("Enter the date, e.g. 2026-12-25."),
  name: name("holiday"),
});
export type THolidayForm = z.output<typeof ZHolidayForm>;
export const HOLIDAY_FIELDS = ["calendarId", "date", "name"] as const;

export const ZRemoveHoliday = z.object({ holidayId: z.uuid() });
export type TRemoveHoliday = z.output<typeof ZRemoveHoliday>;

/**
 * Only the waiting statuses may stop the clock. New, assigned, in progress and reopened all mean the hospital is
 * waiting on IT; pausing any of them would let a ticket sit untouched while its promise looks kept.
 */
export const PAUSABLE_STATUSES = ["WAITING_ON_CLINICIAN", "WAITING_ON_VENDOR"] as const satisfies readonly TStatus[];

export const ZSettingsForm = z.object({
  pauseStatuses: z.array(z.enum(PAUSABLE_STATUSES, "Choose from the listed statuses.")).max(PAUSABLE_STATUSES.length),
  version: z.coerce.number().int().min(1),
});
export type TSettingsForm = z.output<typeof ZSettingsForm>;

export type FormValues = Record<string, string | string[]>;
export type FormState = { status: "idle" | "error" | "saved"; message?: string; fields?: Record<string, string[]>; values?: FormValues };

import type { OpeningHours } from "./calendar";

type Target = { minutes: number; calendar: "ALWAYS" | "BUSINESS_HOURS" };

/** A business day on the default calendar: 07:00-19:00. */
export const BUSINESS_DAY_MINUTES = 720;

/** Monday to Friday, 07:00-19:00 hospital local time. */
export const DEFAULT_BUSINESS_HOURS: OpeningHours[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opens: 7 * 60,
  closes: 19 * 60,
}));

// Urgent work is clinical and runs round the clock; routine work counts only while the desk is staffed.
export const DEFAULT_POLICY_TARGETS: Record<"P1" | "P2" | "P3" | "P4", { response: Target; resolution: Target }> = {
  P1: { response: { minutes: 15, calendar: "ALWAYS" }, resolution: { minutes: 4 * 60, calendar: "ALWAYS" } },
  P2: { response: { minutes: 30, calendar: "ALWAYS" }, resolution: { minutes: 8 * 60, calendar: "ALWAYS" } },
  P3: {
    response: { minutes: 4 * 60, calendar: "BUSINESS_HOURS" },
    resolution: { minutes: 3 * BUSINESS_DAY_MINUTES, calendar: "BUSINESS_HOURS" },
  },
  P4: {
    response: { minutes: BUSINESS_DAY_MINUTES, calendar: "BUSINESS_HOURS" },
    resolution: { minutes: 10 * BUSINESS_DAY_MINUTES, calendar: "BUSINESS_HOURS" },
  },
};

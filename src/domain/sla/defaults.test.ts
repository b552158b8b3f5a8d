import { describe, expect, it } from "vitest";
import { typicalOpenMinutesPerDay, validateOpeningHours } from "./calendar";
import { BUSINESS_DAY_MINUTES, DEFAULT_BUSINESS_HOURS, DEFAULT_POLICY_TARGETS } from "./defaults";

describe("hospital defaults", () => {
  it("open Monday to Friday 07:00-19:00, a 720-minute business day", () => {
    expect(validateOpeningHours(DEFAULT_BUSINESS_HOURS)).toBeNull();
    expect(DEFAULT_BUSINESS_HOURS.map((h) => h.weekday)).toEqual([1, 2, 3, 4, 5]);
    const calendar = { kind: "BUSINESS_HOURS", timeZone: "UTC", hours: DEFAULT_BUSINESS_HOURS, holidays: new Set<string>() } as const;
    expect(typicalOpenMinutesPerDay(calendar)).toBe(BUSINESS_DAY_MINUTES);
  });

  it("targets by priority", () => {
    const flat = Object.fromEntries(
      Object.entries(DEFAULT_POLICY_TARGETS).map(([p, t]) => [p, [t.response.minutes, t.response.calendar, t.resolution.minutes, t.resolution.calendar]]),
    );
    expect(flat).toEqual({
      P1: [15, "ALWAYS", 240, "ALWAYS"],
      P2: [30, "ALWAYS", 480, "ALWAYS"],
      P3: [240, "BUSINESS_HOURS", 3 * 720, "BUSINESS_HOURS"],
      P4: [720, "BUSINESS_HOURS", 10 * 720, "BUSINESS_HOURS"],
    });
  });
});

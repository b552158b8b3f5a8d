import { describe, expect, it } from "vitest";
import type { BusinessCalendar } from "@/domain/sla/calendar";
import { DEFAULT_BUSINESS_HOURS } from "@/domain/sla/defaults";
import { naturalTarget, targetToMinutes, targetWords } from "./targets";

const always: BusinessCalendar = { kind: "ALWAYS" };
const desk: BusinessCalendar = { kind: "BUSINESS_HOURS", timeZone: "America/New_York", hours: DEFAULT_BUSINESS_HOURS, holidays: new Set() };
const empty: BusinessCalendar = { kind: "BUSINESS_HOURS", timeZone: "America/New_York", hours: [], holidays: new Set() };

describe("targetToMinutes", () => {
  it.each([
    [15, "minutes", desk, 15],
    [1.5, "hours", desk, 90],
    [3, "days", desk, 2160],
    [1, "days", always, 1440],
    [1, "days", empty, 720],
  ] as const)("%s %s is %s minutes", (amount, unit, calendar, minutes) => {
    expect(targetToMinutes(amount, unit, calendar)).toEqual({ minutes });
  });

  it.each([
    [0, "hours"],
    [-2, "minutes"],
    [1.5, "minutes"],
    [0.001, "hours"],
  ] as const)("refuses %s %s", (amount, unit) => {
    expect(targetToMinutes(amount, unit, desk)).toHaveProperty("error");
  });
});

describe("naturalTarget and targetWords", () => {
  it.each([
    [15, desk, { amount: 15, unit: "minutes" }, "15 minutes"],
    [240, desk, { amount: 4, unit: "hours" }, "4 hours"],
    [720, desk, { amount: 1, unit: "days" }, "1 business day"],
    [7200, desk, { amount: 10, unit: "days" }, "10 business days"],
    [1440, always, { amount: 24, unit: "hours" }, "24 hours"],
    [60, always, { amount: 1, unit: "hours" }, "1 hour"],
    [90, desk, { amount: 90, unit: "minutes" }, "90 minutes"],
  ] as const)("%s minutes", (minutes, calendar, natural, words) => {
    expect(naturalTarget(minutes, calendar)).toEqual(natural);
    expect(targetWords(minutes, calendar)).toBe(words);
  });
});

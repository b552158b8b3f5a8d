import { describe, expect, it } from "vitest";
import { dateTextOf, localDayOf, localToInstant, weekdayOf } from "./zone-time";

const NY = "America/New_York";
const day = (text: string) => Date.parse(text) / 86_400_000;
const instant = (text: string, minutes: number, zone = NY) => new Date(localToInstant(day(text), minutes, zone)).toISOString();

describe("zone-time", () => {
  it("names dates and weekdays without a zone", () => {
    expect(weekdayOf(day("2026-03-08"))).toBe(0);
    expect(weekdayOf(day("2026-11-27"))).toBe(5);
    expect(dateTextOf(day("2026-11-26"))).toBe("2026-11-26");
  });

  it("reads the local date of an instant", () => {
    expect(dateTextOf(localDayOf(new Date("2026-11-30T04:59:59.999Z"), NY))).toBe("2026-11-29");
    expect(dateTextOf(localDayOf(new Date("2026-11-30T05:00:00.000Z"), NY))).toBe("2026-11-30");
    expect(dateTextOf(localDayOf(new Date("2026-11-30T13:00:00.000Z"), "Pacific/Kiritimati"))).toBe("2026-12-01");
  });

  it.each([
    ["2026-03-08", 90, "2026-03-08T06:30:00.000Z"], // 01:30 EST, just before the gap
    ["2026-03-08", 150, "2026-03-08T07:00:00.000Z"], // 02:30 does not exist: first instant after the gap (03:00 EDT)
    ["2026-03-08", 180, "2026-03-08T07:00:00.000Z"], // 03:00 EDT
    ["2026-03-08", 1440, "2026-03-09T04:00:00.000Z"], // 24:00 = next midnight, EDT
    ["2026-11-01", 90, "2026-11-01T05:30:00.000Z"], // 01:30 happens twice: the first (EDT)
    ["2026-11-01", 180, "2026-11-01T08:00:00.000Z"], // 03:00 EST
  ])("%s + %i min in New York is %s", (date, minutes, iso) => {
    expect(instant(date, minutes)).toBe(iso);
  });

  it("handles a zone with a half-hour shift (Lord Howe, +10:30/+11)", () => {
    // DST ends Sun 5 Apr 2026 02:00 +11 -> 01:30 +10:30; 01:45 repeats, first occurrence is +11 = 14:45Z on 4 Apr.
    expect(instant("2026-04-05", 105, "Australia/Lord_Howe")).toBe("2026-04-04T14:45:00.000Z");
  });
});

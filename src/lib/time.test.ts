import { describe, expect, it } from "vitest";
import { formatAbsolute, formatDueTime, formatWhen } from "./time";

const NY = "America/New_York";
// Monday Nov 30 2026, 09:00 in New York (UTC-5).
const now = new Date("2026-11-30T14:00:00Z");
const utc = (iso: string) => new Date(iso);

describe("formatDueTime", () => {
  it.each([
    ["later today", "2026-11-30T15:45:00Z", "10:45 today"],
    ["just before local midnight", "2026-12-01T04:59:00Z", "23:59 today"],
    ["local midnight starts tomorrow", "2026-12-01T05:00:00Z", "00:00 tomorrow"],
    ["tomorrow morning", "2026-12-01T13:00:00Z", "08:00 tomorrow"],
    ["later this week", "2026-12-04T22:30:00Z", "17:30 on Friday"],
    ["next week", "2026-12-12T14:00:00Z", "09:00 on Dec 12"],
    ["next year", "2027-01-08T14:00:00Z", "09:00 on Jan 8, 2027"],
    ["earlier today", "2026-11-30T12:15:00Z", "07:15 today"],
  ])("%s", (_label, due, expected) => {
    expect(formatDueTime(utc(due), now, NY)).toBe(expected);
  });

  it("counts days in the hospital's zone, not in UTC", () => {
    // 23:30 in New York on Monday is already Tuesday in UTC.
    const late = utc("2026-12-01T04:30:00Z");
    expect(formatDueTime(late, now, NY)).toBe("23:30 today");
    expect(formatDueTime(late, now, "UTC")).toBe("04:30 tomorrow");
  });

  it("follows daylight saving time", () => {
    // Sunday Mar 8 2026 at 03:00 EDT (UTC-4), the morning clocks go forward.
    const spring = utc("2026-03-08T07:00:00Z");
    expect(formatDueTime(utc("2026-03-08T18:00:00Z"), spring, NY)).toBe("14:00 today");
  });
});

describe("formatWhen", () => {
  it.each([
    ["seconds ago", "2026-11-30T13:59:30Z", "just now"],
    ["one minute ago", "2026-11-30T13:59:00Z", "1 minute ago"],
    ["minutes ago", "2026-11-30T13:48:00Z", "12 minutes ago"],
    ["hours ago today", "2026-11-30T12:05:00Z", "today at 07:05"],
    ["yesterday", "2026-11-30T04:50:00Z", "yesterday at 23:50"],
    ["this past week", "2026-11-26T20:00:00Z", "Thursday at 15:00"],
    ["long ago", "2026-11-03T14:15:00Z", "Nov 3 at 09:15"],
    ["last year", "2025-12-24T14:15:00Z", "Dec 24, 2025 at 09:15"],
  ])("%s", (_label, at, expected) => {
    expect(formatWhen(utc(at), now, NY)).toBe(expected);
  });
});

describe("formatAbsolute", () => {
  it("names the day, date and local time", () => {
    expect(formatAbsolute(utc("2026-11-30T19:02:00Z"), NY)).toBe("Monday, Nov 30, 2026 at 14:02");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantToWallClock, wallClockToInstant } from "./wall-clock";

const NY = "America/New_York";

describe("wallClockToInstant", () => {
  it.each([
    ["2026-12-01T19:00", NY, "2026-12-02T00:00:00.000Z"],
    ["2026-07-01T08:00", NY, "2026-07-01T12:00:00.000Z"],
    ["2026-03-08T01:30", NY, "2026-03-08T06:30:00.000Z"], // last minutes of EST
    ["2026-03-08T03:00", NY, "2026-03-08T07:00:00.000Z"], // first minute of EDT
    ["2026-11-29T12:00", "UTC", "2026-11-29T12:00:00.000Z"],
    ["2026-11-29T12:00", "Europe/Berlin", "2026-11-29T11:00:00.000Z"],
  ])("%s in %s is %s", (text, zone, iso) => {
    expect(wallClockToInstant(text, zone)?.toISOString()).toBe(iso);
  });

  it.each(["", "2026-02-30T10:00", "2026-12-01 19:00", "2026-12-01T24:00", "tomorrow"])("rejects %j", (text) => {
    expect(wallClockToInstant(text, NY)).toBeNull();
  });

  it("round-trips every instant on a whole minute", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }), (seconds) => {
        const instant = new Date(Math.floor(seconds / 60) * 60_000);
        const text = instantToWallClock(instant, NY);
        const back = wallClockToInstant(text, NY)!;
        // The repeated hour in November maps two instants to one wall-clock time; both read back the same.
        expect(instantToWallClock(back, NY)).toBe(text);
      }),
    );
  });
});

describe("wallClockToInstant around DST changes", () => {
  it("lands a time in the skipped hour just after the gap", () => {
    // 2026-03-08 02:30 does not exist in New York: clocks jump from 02:00 EST to 03:00 EDT (07:00Z).
    expect(wallClockToInstant("2026-03-08T02:30", "America/New_York")).toEqual(new Date("2026-03-08T07:30:00Z"));
  });

  it("takes the first occurrence of a repeated time", () => {
    // 2026-11-01 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(wallClockToInstant("2026-11-01T01:30", "America/New_York")).toEqual(new Date("2026-11-01T05:30:00Z"));
  });

  it("reads ordinary times with the day's offset", () => {
    expect(wallClockToInstant("2026-07-01T09:00", "Europe/London")).toEqual(new Date("2026-07-01T08:00:00Z"));
    expect(wallClockToInstant("2026-12-01T09:00", "Europe/London")).toEqual(new Date("2026-12-01T09:00:00Z"));
  });
});

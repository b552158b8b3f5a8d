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

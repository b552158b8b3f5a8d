import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMinute, isOnShift, isOnShiftAt, localTime, parseClock, previousWeekday } from "./shifts";

const NY = "America/New_York";
const day = { weekday: 1, startMinute: 7 * 60, endMinute: 19 * 60 }; // Mon 07:00-19:00
const night = { weekday: 5, startMinute: 19 * 60, endMinute: 7 * 60 }; // Fri 19:00-Sat 07:00

describe("localTime", () => {
  it.each([
    ["2026-11-30T12:00:00Z", { weekday: 1, minute: 7 * 60 }], // Monday 07:00 EST
    ["2026-11-30T04:59:00Z", { weekday: 7, minute: 23 * 60 + 59 }], // still Sunday in New York
    ["2026-07-01T12:00:00Z", { weekday: 3, minute: 8 * 60 }], // EDT
    ["2026-03-08T07:30:00Z", { weekday: 7, minute: 3 * 60 + 30 }], // just after spring-forward (02:00 skipped)
  ])("%s is %o in New York", (iso, expected) => {
    expect(localTime(new Date(iso), NY)).toEqual(expected);
  });
});

describe("isOnShiftAt", () => {
  it.each([
    ["day shift, start minute", day, { weekday: 1, minute: 420 }, true],
    ["day shift, last minute", day, { weekday: 1, minute: 1139 }, true],
    ["day shift, end minute is off", day, { weekday: 1, minute: 1140 }, false],
    ["day shift, before start", day, { weekday: 1, minute: 419 }, false],
    ["day shift, other weekday", day, { weekday: 2, minute: 600 }, false],
    ["night shift, evening of its day", night, { weekday: 5, minute: 22 * 60 }, true],
    ["night shift, small hours of the next day", night, { weekday: 6, minute: 3 * 60 }, true],
    ["night shift, morning of its own day is not it", night, { weekday: 5, minute: 3 * 60 }, false],
    ["night shift, ends at 07:00 next day", night, { weekday: 6, minute: 7 * 60 }, false],
    ["night shift, two days later", night, { weekday: 7, minute: 3 * 60 }, false],
    ["Sunday night into Monday", { weekday: 7, startMinute: 1140, endMinute: 420 }, { weekday: 1, minute: 60 }, true],
    ["24-hour shift (start = end) covers the day", { weekday: 3, startMinute: 0, endMinute: 0 }, { weekday: 3, minute: 1439 }, true],
  ])("%s", (_name, shift, at, expected) => {
    expect(isOnShiftAt(shift, at)).toBe(expected);
  });
});

describe("isOnShift in a real time zone", () => {
  it("finds the Saturday-night person on the spring-forward night in New York", () => {
    const satNight = { weekday: 6, startMinute: 19 * 60, endMinute: 7 * 60 };
    // 2026-03-08 03:30 EDT, an hour after the clocks jumped from 02:00 to 03:00.
    expect(isOnShift(satNight, new Date("2026-03-08T07:30:00Z"), NY)).toBe(true);
    // 06:59 EDT is still the night shift; 07:00 EDT is not.
    expect(isOnShift(satNight, new Date("2026-03-08T10:59:00Z"), NY)).toBe(true);
    expect(isOnShift(satNight, new Date("2026-03-08T11:00:00Z"), NY)).toBe(false);
  });

  it("reads the same wall-clock shift in summer and winter", () => {
    const wed = { weekday: 3, startMinute: 9 * 60, endMinute: 17 * 60 };
    expect(isOnShift(wed, new Date("2026-07-01T13:00:00Z"), NY)).toBe(true); // 09:00 EDT
    expect(isOnShift(wed, new Date("2026-12-02T13:00:00Z"), NY)).toBe(false); // 08:00 EST
    expect(isOnShift(wed, new Date("2026-12-02T14:00:00Z"), NY)).toBe(true); // 09:00 EST
  });
});

describe("properties", () => {
  const shiftArb = fc.record({ weekday: fc.integer({ min: 1, max: 7 }), startMinute: fc.integer({ min: 0, max: 1439 }), endMinute: fc.integer({ min: 0, max: 1439 }) });
  const atArb = fc.record({ weekday: fc.integer({ min: 1, max: 7 }), minute: fc.integer({ min: 0, max: 1439 }) });

  it("a shift covers exactly its length in minutes of the week", () => {
    fc.assert(
      fc.property(shiftArb, (shift) => {
        let covered = 0;
        for (let weekday = 1; weekday <= 7; weekday++) for (let minute = 0; minute < 1440; minute += 1) if (isOnShiftAt(shift, { weekday, minute })) covered++;
        const length = shift.endMinute > shift.startMinute ? shift.endMinute - shift.startMinute : shift.endMinute - shift.startMinute + 1440;
        expect(covered).toBe(length);
      }),
      { numRuns: 40 },
    );
  });

  it("a minute on shift is always on the shift's own day or the day after", () => {
    fc.assert(
      fc.property(shiftArb, atArb, (shift, at) => {
        if (isOnShiftAt(shift, at)) expect(at.weekday === shift.weekday || previousWeekday(at.weekday) === shift.weekday).toBe(true);
      }),
    );
  });

  it("clock times round-trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minute) => {
        expect(parseClock(formatMinute(minute))).toBe(minute);
      }),
    );
  });
});

describe("parseClock", () => {
  it.each([["07:00", 420], ["23:59", 1439], ["00:00", 0], ["24:00", null], ["7:00", null], ["07:60", null], ["noon", null]])("%s → %s", (text, expected) => {
    expect(parseClock(text)).toBe(expected);
  });
});

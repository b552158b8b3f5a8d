import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BusinessCalendar } from "./calendar";
import { type ClockMark, clockState, elapsedBusinessMs, instantReaching, runningIntervals } from "./clock";
import { DEFAULT_BUSINESS_HOURS } from "./defaults";

const MIN = 60_000;
const HOUR = 60 * MIN;
const ALWAYS: BusinessCalendar = { kind: "ALWAYS" };
const nyHours = (timeZone = "America/New_York"): BusinessCalendar => ({
  kind: "BUSINESS_HOURS",
  timeZone,
  hours: DEFAULT_BUSINESS_HOURS,
  holidays: new Set(),
});
const t0 = Date.UTC(2026, 10, 30, 14); // Mon 30 Nov 2026 09:00 EST
const mark = (kind: ClockMark["kind"], minutes: number): ClockMark => ({ kind, at: new Date(t0 + minutes * MIN) });
const iso = (minutes: number) => new Date(t0 + minutes * MIN).toISOString();

describe("runningIntervals", () => {
  it("turns marks into the spans the clock ran", () => {
    const intervals = runningIntervals([mark("start", 0), mark("pause", 10), mark("resume", 30), mark("stop", 50)]);
    expect(intervals.map((i) => [i.from.toISOString(), i.to?.toISOString() ?? null])).toEqual([
      [iso(0), iso(10)],
      [iso(30), iso(50)],
    ]);
  });

  it("ignores redundant marks and marks before the start", () => {
    const intervals = runningIntervals([
      mark("pause", -20),
      mark("resume", -10),
      mark("start", 0),
      mark("start", 5),
      mark("resume", 6),
      mark("pause", 10),
      mark("pause", 12),
      mark("stop", 20),
      mark("stop", 25),
      mark("pause", 26),
    ]);
    expect(intervals.map((i) => [i.from.toISOString(), i.to?.toISOString() ?? null])).toEqual([[iso(0), iso(10)]]);
  });

  it("restarts after stop when resumed (reopened) and leaves the last span open", () => {
    const intervals = runningIntervals([mark("start", 0), mark("stop", 10), mark("resume", 40)]);
    expect(intervals.map((i) => [i.from.toISOString(), i.to?.toISOString() ?? null])).toEqual([
      [iso(0), iso(10)],
      [iso(40), null],
    ]);
  });

  it("drops zero-length spans and has none before a start", () => {
    expect(runningIntervals([mark("start", 0), mark("pause", 0)])).toEqual([]);
    expect(runningIntervals([mark("resume", 0), mark("pause", 5)])).toEqual([]);
  });
});

describe("elapsedBusinessMs and instantReaching", () => {
  const intervals = runningIntervals([mark("start", 0), mark("pause", 60), mark("resume", 120)]);

  it("clips at now", () => {
    expect(elapsedBusinessMs(ALWAYS, intervals, new Date(t0 + 30 * MIN))).toBe(30 * MIN);
    expect(elapsedBusinessMs(ALWAYS, intervals, new Date(t0 + 150 * MIN))).toBe(90 * MIN);
  });

  it("finds past crossings, future due times and null when stopped short", () => {
    expect(instantReaching(ALWAYS, intervals, 30 * MIN)?.toISOString()).toBe(iso(30));
    expect(instantReaching(ALWAYS, intervals, 60 * MIN)?.toISOString()).toBe(iso(60));
    expect(instantReaching(ALWAYS, intervals, 90 * MIN)?.toISOString()).toBe(iso(150));
    const stopped = runningIntervals([mark("start", 0), mark("stop", 60)]);
    expect(instantReaching(ALWAYS, stopped, 90 * MIN)).toBeNull();
    expect(instantReaching(ALWAYS, [], 0)).toBeNull();
  });

  it("counts only open hours: 4 business hours from Mon 17:00 EST, paused 1 h overnight, is due Tue 09:00 EST", () => {
    // Mon 17:00-19:00 EST counts 2 h; paused Tue 07:00-08:00 (nothing lost: it would have counted), so the
    // remaining 2 h run 08:00-10:00 EST = 15:00Z.
    const marks: ClockMark[] = [mark("start", 8 * 60), mark("pause", 22 * 60), mark("resume", 23 * 60)];
    const state = clockState(nyHours(), marks, 240, new Date(t0 + 24 * 60 * MIN)); // Tue 09:00 EST
    expect(state.dueAt?.toISOString()).toBe("2026-12-01T15:00:00.000Z");
    expect(state.elapsedMs).toBe(3 * HOUR);
    expect(state.remainingMs).toBe(HOUR);
    expect(state.fraction).toBe(0.75);
    expect(state.running).toBe(true);
    expect(state.breached).toBe(false);
  });
});

describe("clockState", () => {
  it("reports a breach with negative remaining time", () => {
    const state = clockState(ALWAYS, [mark("start", 0)], 15, new Date(t0 + 22 * MIN));
    expect(state).toEqual({
      running: true,
      elapsedMs: 22 * MIN,
      targetMs: 15 * MIN,
      remainingMs: -7 * MIN,
      dueAt: new Date(t0 + 15 * MIN),
      fraction: 22 / 15,
      breached: true,
    });
  });

  it("is not running when paused and has no due time if it never got there", () => {
    const state = clockState(ALWAYS, [mark("start", 0), mark("pause", 5)], 15, new Date(t0 + 60 * MIN));
    expect(state.running).toBe(false);
    expect(state.dueAt).toBeNull();
    expect(state.elapsedMs).toBe(5 * MIN);
  });

  it("has no due time on a calendar that never opens", () => {
    const closed: BusinessCalendar = { kind: "BUSINESS_HOURS", timeZone: "UTC", hours: [], holidays: new Set() };
    expect(clockState(closed, [mark("start", 0)], 15, new Date(t0)).dueAt).toBeNull();
  });
});

// ---- properties ----

const kinds = fc.constantFrom<ClockMark["kind"]>("start", "pause", "resume", "stop");
const span = { min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) };
const markList = fc
  .array(fc.tuple(kinds, fc.integer({ min: 0, max: 20 * 24 * 60 })), { maxLength: 12 })
  .chain((raw) => fc.integer(span).map((base) => ({ base, raw })))
  .map(({ base, raw }) =>
    [{ kind: "start" as const, offset: 0 }, ...raw.map(([kind, offset]) => ({ kind, offset }))]
      .sort((a, b) => a.offset - b.offset)
      .map(({ kind, offset }) => ({ kind, at: new Date(base + offset * MIN) })),
  );
const calendars = fc.constantFrom<BusinessCalendar>(ALWAYS, nyHours(), nyHours("Europe/London"), nyHours("Australia/Sydney"));
const settings = { numRuns: 200, seed: 20261129 };

describe("clock properties", () => {
  it("elapsed never goes down as now moves on", () => {
    fc.assert(
      fc.property(calendars, markList, fc.integer({ min: 0, max: 30 * 24 * 60 }), fc.integer({ min: 0, max: 3 * 24 * 60 }), (cal, marks, a, b) => {
        const intervals = runningIntervals(marks);
        const base = marks[0]!.at.getTime();
        const earlier = elapsedBusinessMs(cal, intervals, new Date(base + a * MIN));
        const later = elapsedBusinessMs(cal, intervals, new Date(base + (a + b) * MIN));
        expect(later).toBeGreaterThanOrEqual(earlier);
      }),
      settings,
    );
  });

  // A pause+resume pair is only a pause while the clock runs throughout it: a "resume" placed inside an existing pause
  // would end that pause early (or reopen a stopped clock), which is more time, not less.
  it("inserting a pause never makes elapsed larger", () => {
    const minutes = fc.integer({ min: 0, max: 20 * 24 * 60 });
    fc.assert(
      fc.property(calendars, markList, minutes, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), minutes, (cal, marks, pauseAt, share, nowAt) => {
        const base = marks[0]!.at.getTime();
        const now = new Date(base + nowAt * MIN);
        const pause = { kind: "pause" as const, at: new Date(base + pauseAt * MIN) };
        const plain = elapsedBusinessMs(cal, runningIntervals(marks), now);
        expect(elapsedBusinessMs(cal, runningIntervals([...marks, pause]), now)).toBeLessThanOrEqual(plain);
        const around = runningIntervals(marks).find((i) => i.from <= pause.at && (i.to === null || pause.at < i.to));
        if (!around) return;
        const end = around.to?.getTime() ?? base + 30 * 24 * HOUR;
        const resume = { kind: "resume" as const, at: new Date(pause.at.getTime() + Math.floor((end - pause.at.getTime()) * share)) };
        expect(elapsedBusinessMs(cal, runningIntervals([...marks, pause, resume]), now)).toBeLessThanOrEqual(plain);
      }),
      settings,
    );
  });

  it("the due instant is when elapsed reaches the target", () => {
    fc.assert(
      fc.property(calendars, markList, fc.integer({ min: 1, max: 5 * 720 }), (cal, marks, targetMinutes) => {
        const due = instantReaching(cal, runningIntervals(marks), targetMinutes * MIN);
        if (due === null) return;
        expect(elapsedBusinessMs(cal, runningIntervals(marks), due)).toBe(targetMinutes * MIN);
      }),
      settings,
    );
  });
});

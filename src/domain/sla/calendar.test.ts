import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  type BusinessCalendar,
  businessTimeBetween,
  isOpenAt,
  type OpeningHours,
  typicalOpenMinutesPerDay,
  validateOpeningHours,
} from "./calendar";
import { DEFAULT_BUSINESS_HOURS } from "./defaults";

const HOUR = 3_600_000;
const NY = "America/New_York";
const LONDON = "Europe/London";
const SYDNEY = "Australia/Sydney";

function hoursIn(timeZone: string, hours: readonly OpeningHours[] = DEFAULT_BUSINESS_HOURS, holidays: string[] = []): BusinessCalendar {
  return { kind: "BUSINESS_HOURS", timeZone, hours, holidays: new Set(holidays) };
}
const allDay = (weekdays = [0, 1, 2, 3, 4, 5, 6]) => weekdays.map((weekday) => ({ weekday, opens: 0, closes: 1440 }));
const at = (iso: string) => new Date(iso);
const add = (cal: BusinessCalendar, iso: string, ms: number) => addBusinessTime(cal, at(iso), ms).toISOString();

describe("addBusinessTime on Mon-Fri 07:00-19:00", () => {
  it.each([
    // NY, fall back Sun 2026-11-01. Fri 30 Oct 17:00 EDT (21:00Z): 2 h left on Friday, then Mon 2 Nov opens
    // 07:00 EST (12:00Z) + 2 h = 09:00 EST = 14:00Z.
    [NY, "2026-10-30T21:00:00.000Z", 4, "2026-11-02T14:00:00.000Z"],
    // NY, spring forward Sun 2026-03-08. Fri 6 Mar 18:00 EST (23:00Z): 1 h on Friday, then Mon 9 Mar opens
    // 07:00 EDT (11:00Z) + 3 h = 10:00 EDT = 14:00Z.
    [NY, "2026-03-06T23:00:00.000Z", 4, "2026-03-09T14:00:00.000Z"],
    // London, BST ends Sun 2026-10-25. Fri 23 Oct 17:00 BST (16:00Z): 2 h Friday, Mon 26 Oct 07:00 GMT + 2 h = 09:00Z.
    [LONDON, "2026-10-23T16:00:00.000Z", 4, "2026-10-26T09:00:00.000Z"],
    // London, BST starts Sun 2026-03-29. Fri 27 Mar 17:00 GMT (17:00Z): 2 h Friday, Mon 30 Mar 07:00 BST (06:00Z)
    // + 2 h = 09:00 BST = 08:00Z.
    [LONDON, "2026-03-27T17:00:00.000Z", 4, "2026-03-30T08:00:00.000Z"],
    // Sydney, AEDT (+11) ends Sun 2026-04-05. Fri 3 Apr 17:00 AEDT (06:00Z): 2 h Friday, Mon 6 Apr 07:00 AEST (+10)
    // = Sun 5 Apr 21:00Z, + 2 h = 23:00Z.
    [SYDNEY, "2026-04-03T06:00:00.000Z", 4, "2026-04-05T23:00:00.000Z"],
    // Sydney, AEDT starts Sun 2026-10-04. Fri 2 Oct 17:00 AEST (07:00Z): 2 h Friday, Mon 5 Oct 07:00 AEDT
    // = Sun 4 Oct 20:00Z, + 2 h = 22:00Z.
    [SYDNEY, "2026-10-02T07:00:00.000Z", 4, "2026-10-04T22:00:00.000Z"],
    // Filed on Saturday in NY: nothing counts until Mon 07:00 EST (12:00Z); 12 h fills Monday exactly -> its closing
    // edge, Mon 19:00 EST = Tue 00:00Z.
    [NY, "2026-11-28T15:00:00.000Z", 12, "2026-12-01T00:00:00.000Z"],
    // 3 business days (36 h) from Wed 11:00 EST (16:00Z): Wed 8 h, Thu 12 h, Fri 12 h, Mon 4 h -> Mon 11:00 EST.
    [NY, "2026-12-02T16:00:00.000Z", 36, "2026-12-07T16:00:00.000Z"],
  ])("%s from %s + %i h is %s", (zone, start, hours, due) => {
    expect(add(hoursIn(zone), start, hours * HOUR)).toBe(due);
  });

  it("skips a holiday: Wed 25 Nov 17:00 EST + 4 h, Thanksgiving closed -> Fri 27 Nov 09:00 EST", () => {
    // Wed 2 h (17:00-19:00), Thu 26 Nov closed, Fri 07:00 EST (12:00Z) + 2 h = 14:00Z.
    const cal = hoursIn(NY, DEFAULT_BUSINESS_HOURS, ["2026-11-26"]);
    expect(add(cal, "2026-11-25T22:00:00.000Z", 4 * HOUR)).toBe("2026-11-27T14:00:00.000Z");
    expect(isOpenAt(cal, at("2026-11-26T17:00:00.000Z"))).toBe(false);
    expect(businessTimeBetween(cal, at("2026-11-25T00:00:00.000Z"), at("2026-11-28T00:00:00.000Z"))).toBe(24 * HOUR);
  });

  it("returns start for zero and throws when the calendar never opens", () => {
    expect(add(hoursIn(NY), "2026-11-28T15:00:00.000Z", 0)).toBe("2026-11-28T15:00:00.000Z");
    expect(() => addBusinessTime(hoursIn(NY, []), at("2026-11-28T15:00:00.000Z"), HOUR)).toThrow(/400 days/);
  });

  it("adds 10 business days quickly", () => {
    const cal = hoursIn(LONDON);
    const begin = performance.now();
    for (let i = 0; i < 200; i++) addBusinessTime(cal, new Date(Date.UTC(2026, 0, 1) + i * 7_777_777), 120 * HOUR);
    expect((performance.now() - begin) / 200).toBeLessThan(5);
  });
});

describe("00:00-24:00 windows follow the local date", () => {
  it.each([
    [NY, "2026-03-08T05:00:00.000Z", "2026-03-09T04:00:00.000Z", 23], // EST midnight to EDT midnight
    [NY, "2026-11-01T04:00:00.000Z", "2026-11-02T05:00:00.000Z", 25], // EDT midnight to EST midnight
    [LONDON, "2026-03-29T00:00:00.000Z", "2026-03-29T23:00:00.000Z", 23],
    [LONDON, "2026-10-24T23:00:00.000Z", "2026-10-26T00:00:00.000Z", 25],
    [SYDNEY, "2026-04-04T13:00:00.000Z", "2026-04-05T14:00:00.000Z", 25], // AEDT midnight to AEST midnight
    [SYDNEY, "2026-10-03T14:00:00.000Z", "2026-10-04T13:00:00.000Z", 23],
  ])("the Sunday in %s from %s to %s is %i h", (zone, from, to, hours) => {
    const sundays = hoursIn(zone, allDay([0]));
    // A wide range: everything open on that date is the Sunday itself.
    const wide = businessTimeBetween(sundays, new Date(at(from).getTime() - 20 * HOUR), new Date(at(to).getTime() + 20 * HOUR));
    expect(wide).toBe(hours * HOUR);
    expect(add(sundays, from, hours * HOUR)).toBe(to);
    expect(isOpenAt(sundays, at(from))).toBe(true);
    expect(isOpenAt(sundays, new Date(at(from).getTime() - 1))).toBe(false);
    expect(isOpenAt(sundays, at(to))).toBe(false);
  });

  it("carries on to the next open Sunday: Sat 7 Mar + 24 h on Sundays-only NY -> Sun 15 Mar 01:00 EDT", () => {
    // Sun 8 Mar gives 23 h (05:00Z-04:00Z); the last hour comes from Sun 15 Mar 00:00 EDT (04:00Z) -> 05:00Z.
    expect(add(hoursIn(NY, allDay([0])), "2026-03-07T17:00:00.000Z", 24 * HOUR)).toBe("2026-03-15T05:00:00.000Z");
  });

  it("a window starting in the skipped hour opens just after the gap", () => {
    // Sun 8 Mar NY 02:30-05:00: 02:30 does not exist, so it opens at 03:00 EDT (07:00Z) and runs 2 h to 09:00Z.
    const cal = hoursIn(NY, [{ weekday: 0, opens: 150, closes: 300 }]);
    expect(businessTimeBetween(cal, at("2026-03-08T00:00:00.000Z"), at("2026-03-09T00:00:00.000Z"))).toBe(2 * HOUR);
    expect(isOpenAt(cal, at("2026-03-08T06:59:59.999Z"))).toBe(false);
    expect(isOpenAt(cal, at("2026-03-08T07:00:00.000Z"))).toBe(true);
    expect(add(cal, "2026-03-07T00:00:00.000Z", HOUR)).toBe("2026-03-08T08:00:00.000Z");
  });

  it("a window in the repeated hour starts at its first occurrence", () => {
    // Sun 1 Nov NY 01:30-03:00: 01:30 EDT (05:30Z) to 03:00 EST (08:00Z) = 2.5 real hours.
    const cal = hoursIn(NY, [{ weekday: 0, opens: 90, closes: 180 }]);
    expect(businessTimeBetween(cal, at("2026-11-01T00:00:00.000Z"), at("2026-11-02T00:00:00.000Z"))).toBe(2.5 * HOUR);
  });
});

describe("ALWAYS", () => {
  it("is plain instant arithmetic: 4 h across the spring-forward night is 4 real hours", () => {
    // Sun 8 Mar 00:00 EST (05:00Z) + 4 h = 09:00Z, which the NY wall clock reads as 05:00 EDT.
    expect(add({ kind: "ALWAYS" }, "2026-03-08T05:00:00.000Z", 4 * HOUR)).toBe("2026-03-08T09:00:00.000Z");
    expect(businessTimeBetween({ kind: "ALWAYS" }, at("2026-03-08T05:00:00.000Z"), at("2026-03-08T09:00:00.000Z"))).toBe(4 * HOUR);
    expect(businessTimeBetween({ kind: "ALWAYS" }, at("2026-03-08T09:00:00.000Z"), at("2026-03-08T05:00:00.000Z"))).toBe(0);
  });
});

describe("validateOpeningHours", () => {
  it.each([
    [[], "Add at least one opening time"],
    [[{ weekday: 1, opens: 600, closes: 600 }], "Closing time must be after opening time on Monday"],
    [[{ weekday: 2, opens: 600, closes: 500 }], "Closing time must be after opening time on Tuesday"],
    [[{ weekday: 7, opens: 0, closes: 60 }], "Choose a day of the week"],
    [[{ weekday: 3, opens: 0, closes: 1441 }], "Closing time on Wednesday is not a time of day"],
    [[{ weekday: 3, opens: 1440, closes: 1440 }], "Opening time on Wednesday is not a time of day"],
    [
      [
        { weekday: 5, opens: 420, closes: 720 },
        { weekday: 5, opens: 700, closes: 900 },
      ],
      "Opening times overlap on Friday",
    ],
  ])("rejects %j", (hours, message) => {
    expect(validateOpeningHours(hours)).toBe(message);
  });

  it("accepts the defaults and touching windows", () => {
    expect(validateOpeningHours(DEFAULT_BUSINESS_HOURS)).toBeNull();
    expect(validateOpeningHours([{ weekday: 0, opens: 0, closes: 720 }, { weekday: 0, opens: 720, closes: 1440 }])).toBeNull();
  });
});

describe("typicalOpenMinutesPerDay", () => {
  it("averages over the open weekdays", () => {
    expect(typicalOpenMinutesPerDay({ kind: "ALWAYS" })).toBe(1440);
    expect(typicalOpenMinutesPerDay(hoursIn(NY))).toBe(720);
    expect(typicalOpenMinutesPerDay(hoursIn(NY, [{ weekday: 1, opens: 0, closes: 600 }, { weekday: 2, opens: 0, closes: 300 }]))).toBe(450);
    expect(typicalOpenMinutesPerDay(hoursIn(NY, []))).toBe(0);
  });
});

// ---- properties: 2026-2027 in three zones, so every run crosses DST changes in both hemispheres ----

const zones = fc.constantFrom(NY, LONDON, SYDNEY);
const instants = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms));
// Edges on 10-minute steps, biased towards the small hours where the clocks change.
const minute = fc.oneof(fc.integer({ min: 0, max: 144 }).map((n) => n * 10), fc.integer({ min: 0, max: 24 }).map((n) => 60 + n * 5));
const dayWindows = (weekday: number) =>
  fc.uniqueArray(minute, { maxLength: 4 }).map((edges) => {
    const sorted = [...edges].sort((a, b) => a - b);
    const out: OpeningHours[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) out.push({ weekday, opens: sorted[i]!, closes: sorted[i + 1]! });
    return out;
  });
const randomHours = fc
  .tuple(...[0, 1, 2, 3, 4, 5, 6].map(dayWindows))
  .map((days) => days.flat())
  .filter((hours) => hours.some((h) => h.closes - h.opens >= 60));
const hoursArb = fc.oneof(fc.constant(DEFAULT_BUSINESS_HOURS as readonly OpeningHours[]), fc.constant(allDay()), randomHours);
const calendars = fc.tuple(zones, hoursArb).map(([zone, hours]) => hoursIn(zone, hours));
const amounts = fc.integer({ min: 1, max: 15 * 720 * 60_000 });
const dateFormats = new Map(
  [NY, LONDON, SYDNEY].map((zone) => [zone, new Intl.DateTimeFormat("en-CA", { timeZone: zone })] as const),
);
const localDate = (zone: string, t: Date) => dateFormats.get(zone)!.format(t); // YYYY-MM-DD
const settings = { numRuns: 200, seed: 20261129 };

describe("calendar properties", () => {
  it("due instants never fall in closed time: the millisecond before is open", () => {
    fc.assert(
      fc.property(calendars, instants, amounts, (cal, start, ms) => {
        const due = addBusinessTime(cal, start, ms);
        expect(isOpenAt(cal, new Date(due.getTime() - 1))).toBe(true);
      }),
      settings,
    );
  });

  it("round-trips: business time from start to addBusinessTime(start, ms) is ms", () => {
    fc.assert(
      fc.property(calendars, instants, amounts, (cal, start, ms) => {
        expect(businessTimeBetween(cal, start, addBusinessTime(cal, start, ms))).toBe(ms);
      }),
      settings,
    );
  });

  it("is additive and agrees with isOpenAt on short spans", () => {
    fc.assert(
      fc.property(calendars, instants, fc.integer({ min: 0, max: 3 * HOUR }), (cal, start, span) => {
        const end = new Date(start.getTime() + span);
        const mid = new Date(start.getTime() + Math.floor(span / 2));
        expect(businessTimeBetween(cal, start, end)).toBe(businessTimeBetween(cal, start, mid) + businessTimeBetween(cal, mid, end));
        // Windows edges are on whole minutes, so within one minute open/closed is constant.
        const minuteStart = new Date(Math.floor(start.getTime() / 60_000) * 60_000);
        const minuteOpen = businessTimeBetween(cal, minuteStart, new Date(minuteStart.getTime() + 60_000));
        if (minuteOpen === 60_000) expect(isOpenAt(cal, start)).toBe(true);
        if (minuteOpen === 0) expect(isOpenAt(cal, start)).toBe(false);
      }),
      settings,
    );
  });

  it("holidays contain no open time", () => {
    fc.assert(
      fc.property(zones, hoursArb, instants, fc.integer({ min: 0, max: 86_399_999 }), (zone, hours, instant, step) => {
        const local = localDate(zone, instant);
        const cal = hoursIn(zone, hours, [local]);
        expect(isOpenAt(cal, instant)).toBe(false);
        // The whole local date is closed: scan from well before to well after the instant.
        const from = new Date(instant.getTime() - step);
        const inside = businessTimeBetween(cal, from, new Date(from.getTime() + 86_400_000));
        const withoutHoliday = businessTimeBetween(hoursIn(zone, hours), from, new Date(from.getTime() + 86_400_000));
        expect(inside).toBeLessThanOrEqual(withoutHoliday);
        for (let t = from.getTime(); t < from.getTime() + 86_400_000; t += 15 * 60_000) {
          if (localDate(zone, new Date(t)) === local) expect(isOpenAt(cal, new Date(t))).toBe(false);
        }
      }),
      settings,
    );
  });
});

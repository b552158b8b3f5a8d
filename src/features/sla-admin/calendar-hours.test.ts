import { describe, expect, it } from "vitest";
import { DEFAULT_BUSINESS_HOURS } from "@/domain/sla/defaults";
import { formValuesOfHours, hoursFromForm, hoursSummary } from "./calendar-hours";

describe("hoursFromForm", () => {
  it("reads open days, with until-midnight as 24:00", () => {
    const { hours, fields } = hoursFromForm({ "open-1": "on", "opens-1": "07:00", "closes-1": "19:00", "open-6": "on", "opens-6": "08:30", "midnight-6": "on", "opens-2": "09:00" });
    expect(fields).toEqual({});
    expect(hours).toEqual([{ weekday: 1, opens: 420, closes: 1140 }, { weekday: 6, opens: 510, closes: 1440 }]);
  });

  it("puts a missing time beside its field and a backwards day on the week", () => {
    expect(hoursFromForm({ "open-3": "on", "opens-3": "", "closes-3": "10:00" }).fields).toEqual({ "opens-3": [expect.stringContaining("Wednesday")] });
    expect(hoursFromForm({ "open-3": "on", "opens-3": "18:00", "closes-3": "10:00" }).fields).toEqual({ hours: ["Closing time must be after opening time on Wednesday."] });
    expect(hoursFromForm({}).fields).toEqual({ hours: ["Add at least one opening time."] });
  });

  it("round-trips stored hours through the form", () => {
    const stored = [...DEFAULT_BUSINESS_HOURS, { weekday: 0, opens: 0, closes: 1440 }];
    expect(hoursFromForm(formValuesOfHours(stored)).hours).toEqual([...DEFAULT_BUSINESS_HOURS, { weekday: 0, opens: 0, closes: 1440 }]);
  });
});

describe("hoursSummary", () => {
  it("groups neighbouring days with the same hours", () => {
    expect(hoursSummary(DEFAULT_BUSINESS_HOURS)).toBe("Monday to Friday 07:00–19:00");
    expect(hoursSummary([{ weekday: 1, opens: 420, closes: 1140 }, { weekday: 3, opens: 420, closes: 1140 }, { weekday: 0, opens: 0, closes: 1440 }])).toBe(
      "Monday 07:00–19:00; Wednesday 07:00–19:00; Sunday 00:00–midnight",
    );
    expect(hoursSummary([])).toBe("No opening hours");
  });
});

import { describe, expect, it } from "vitest";
import { pauseReason, policyWords, targetWords } from "./policy-words";

const always = (minutes: number) => ({ minutes, calendarName: "Around the clock", calendarKind: "ALWAYS" as const });
const desk = (minutes: number) => ({ minutes, calendarName: "Service desk hours", calendarKind: "BUSINESS_HOURS" as const });

describe("targetWords", () => {
  it.each([
    [15, "15 min"],
    [60, "1 h"],
    [90, "1 h 30 min"],
    [2160, "36 h"],
  ])("%i minutes is %s", (minutes, text) => {
    expect(targetWords(minutes)).toBe(text);
  });
});

describe("policyWords", () => {
  it("names the calendar once when both targets share it", () => {
    expect(policyWords("P2", always(30), always(480))).toBe("P2: respond within 30 min, fix within 8 h, around the clock");
    expect(policyWords("P3", desk(240), desk(2160))).toBe("P3: respond within 4 h, fix within 36 h, counted in service desk hours");
  });

  it("names each calendar when they differ", () => {
    expect(policyWords("P2", always(30), desk(480))).toBe(
      "P2: respond within 30 min (around the clock), fix within 8 h (counted in service desk hours)",
    );
  });

  it("keeps an abbreviation at the start of a calendar name", () => {
    expect(policyWords("P1", { ...always(15), calendarName: "ICU cover" }, { ...always(240), calendarName: "ICU cover" })).toBe(
      "P1: respond within 15 min, fix within 4 h, ICU cover",
    );
  });

  it("says so when no service level applies", () => {
    expect(policyWords("P4", null, null)).toBe("P4: no service level applies");
    expect(policyWords("P4", null, desk(7200))).toBe("P4: fix within 120 h (counted in service desk hours)");
  });
});

describe("pauseReason", () => {
  it("says what the ticket waits for", () => {
    expect(pauseReason("WAITING_ON_VENDOR")).toBe("waiting for a supplier");
    expect(pauseReason("WAITING_ON_CLINICIAN")).toBe("waiting for the reporter's reply");
    expect(pauseReason("IN_PROGRESS")).toBe("on hold");
  });
});

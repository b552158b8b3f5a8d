import { describe, expect, it } from "vitest";
import type { ExpectationInput } from "@/domain/tickets/expectation";
import { expectationWords } from "./expectation-words";

const NY = "America/New_York";
const now = new Date("2026-11-30T14:00:00Z"); // Monday 09:00 in New York
const open: ExpectationInput = {
  status: "NEW",
  firstResponseAt: null,
  responseDueAt: new Date("2026-11-30T15:45:00Z"),
  resolutionDueAt: new Date("2026-12-01T22:00:00Z"),
};

describe("expectationWords", () => {
  it.each<[string, Partial<ExpectationInput>, string | null]>([
    ["before the first response", {}, "We aim to respond by 10:45 today"],
    ["after the first response", { status: "IN_PROGRESS", firstResponseAt: now }, "We aim to fix it by 17:00 tomorrow"],
    ["when the response is overdue", { responseDueAt: new Date("2026-11-30T13:00:00Z") }, "Later than we aimed — we're on it"],
    ["when the fix is overdue", { status: "ASSIGNED", firstResponseAt: now, resolutionDueAt: now }, "Later than we aimed — we're on it"],
    ["while IT waits for the reporter", { status: "WAITING_ON_CLINICIAN" }, "We'll carry on as soon as you reply"],
    ["while IT waits for a supplier (clock paused)", { status: "WAITING_ON_VENDOR", firstResponseAt: now, resolutionDueAt: null }, "We're waiting for a supplier and will update you here"],
    ["when reopened", { status: "REOPENED", firstResponseAt: now }, "We aim to fix it by 17:00 tomorrow"],
    ["once fixed", { status: "RESOLVED", firstResponseAt: now }, null],
    ["once closed", { status: "CLOSED" }, null],
    ["without targets", { responseDueAt: null, resolutionDueAt: null }, null],
  ])("%s", (_label, change, expected) => {
    expect(expectationWords({ ...open, ...change }, now, NY)).toBe(expected);
  });
});

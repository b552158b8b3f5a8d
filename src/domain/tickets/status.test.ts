import { describe, expect, it } from "vitest";
import { requesterActions, STATUSES, type TStatus } from "./status";

const resolvedAt = new Date("2026-11-20T10:00:00Z");
const days = (n: number) => new Date(resolvedAt.getTime() + n * 24 * 3_600_000);

describe("requesterActions", () => {
  it.each<[TStatus, Date, string[]]>([
    ["RESOLVED", days(0.1), ["confirm", "reopen"]],
    ["RESOLVED", days(6.99), ["confirm", "reopen"]],
    ["RESOLVED", days(7), ["confirm"]],
    ["CLOSED", days(3), ["reopen"]],
    ["CLOSED", days(8), []],
  ])("%s, checked at %s: %j", (status, now, expected) => {
    expect(requesterActions({ status, resolvedAt }, now)).toEqual(expected);
  });

  it("offers nothing while a ticket is open", () => {
    for (const status of STATUSES.filter((s) => s !== "RESOLVED" && s !== "CLOSED")) {
      expect(requesterActions({ status, resolvedAt }, days(1))).toEqual([]);
    }
  });

  it("cannot reopen a closed ticket whose fix time is unknown", () => {
    expect(requesterActions({ status: "CLOSED", resolvedAt: null }, days(1))).toEqual([]);
  });
});

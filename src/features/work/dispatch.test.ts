import { describe, expect, it } from "vitest";
import { nextDispatchStep } from "./dispatch";

describe("nextDispatchStep", () => {
  it.each([
    [null, "EN_ROUTE"],
    ["EN_ROUTE", "ON_SITE"],
    ["ON_SITE", "DONE"],
    ["DONE", null],
  ] as const)("after %s comes %s", (current, next) => {
    expect(nextDispatchStep(current)).toBe(next);
  });
});

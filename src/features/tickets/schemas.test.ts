import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZFileTicket } from "./schemas";

const valid = {
  summary: "Label printer prints blank labels",
  details: "",
  categoryId: "4f7f0a52-3a0e-4c1e-9d0a-2b1c3d4e5f60",
  locationId: "5a8b1c63-4b1f-4d2e-8e1b-3c2d4e5f6a71",
  impact: "UNIT",
  urgency: "CARE_SLOWED",
  patientSafety: "no",
  callbackNumber: "ext 4421",
  idempotencyKey: "0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a",
};

const fieldErrors = (input: Record<string, unknown>) => {
  const result = ZFileTicket.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("ZFileTicket", () => {
  it("accepts a plain report", () => {
    expect(fieldErrors(valid)).toEqual({});
  });

  it.each([
    ["callbackNumber", "123-45-6789", "Social Security"],
    ["callbackNumber", "call me maybe", "phone number or extension"],
    ["summary", "Printer\u0000 down", "control characters"],
    ["details", "line\u0007bell", "control characters"],
    ["summary", "abc", "at least 5 characters"],
    ["idempotencyKey", "key with spaces", "not valid"],
  ])("refuses %s = %j with a field message", (field, value, message) => {
    expect(fieldErrors({ ...valid, [field]: value })[field as keyof typeof valid]?.join(" ")).toContain(message);
  });

  it.each(["555-0134", "(555) 013-4567", "ext 4421", "x4421", "+1 555 013 4567"])("accepts the callback number %s", (phone) => {
    expect(fieldErrors({ ...valid, callbackNumber: phone })).toEqual({});
  });
});

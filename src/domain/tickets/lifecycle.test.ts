import { describe, expect, it } from "vitest";
import { STATUSES } from "./status";
import { staffCanMove, staffNextStatuses } from "./lifecycle";

describe("staff status transitions", () => {
  it("lets every open ticket be worked, waited on or fixed", () => {
    for (const from of ["NEW", "ASSIGNED", "IN_PROGRESS", "WAITING_ON_CLINICIAN", "WAITING_ON_VENDOR", "REOPENED"] as const) {
      for (const to of ["IN_PROGRESS", "WAITING_ON_CLINICIAN", "WAITING_ON_VENDOR", "RESOLVED"] as const) {
        expect(staffCanMove(from, to)).toBe(from !== to);
      }
    }
  });

  it("never moves a ticket back to new or assigned by hand (claiming and rerouting do that)", () => {
    for (const from of STATUSES) {
      expect(staffCanMove(from, "NEW")).toBe(false);
      expect(staffCanMove(from, "ASSIGNED")).toBe(false);
    }
  });

  it("closes only through the reporter's confirmation, and a closed ticket stays history", () => {
    for (const from of STATUSES) expect(staffCanMove(from, "CLOSED")).toBe(false);
    expect(staffNextStatuses("CLOSED")).toEqual([]);
    expect(staffNextStatuses("RESOLVED")).toEqual(["REOPENED"]);
  });
});

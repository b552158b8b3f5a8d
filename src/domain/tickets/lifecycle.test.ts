import { describe, expect, it } from "vitest";
import { STATUSES } from "./status";
import { canMove, REROUTABLE, staffCanMove, staffNextStatuses } from "./lifecycle";

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

describe("the requester's and routing's moves", () => {
  it("lets the requester close or reopen a fix, reopen a closed ticket and answer a question, nothing else", () => {
    expect(canMove("requester", "RESOLVED", "CLOSED")).toBe(true);
    expect(canMove("requester", "RESOLVED", "REOPENED")).toBe(true);
    expect(canMove("requester", "CLOSED", "REOPENED")).toBe(true);
    expect(canMove("requester", "WAITING_ON_CLINICIAN", "IN_PROGRESS")).toBe(true);
    expect(canMove("requester", "IN_PROGRESS", "RESOLVED")).toBe(false);
    expect(canMove("requester", "NEW", "CLOSED")).toBe(false);
  });

  it("routes open tickets between new and assigned, never past work states", () => {
    for (const from of REROUTABLE) expect(canMove("routing", from, "NEW")).toBe(true);
    expect(canMove("routing", "NEW", "ASSIGNED")).toBe(true);
    expect(canMove("routing", "IN_PROGRESS", "ASSIGNED")).toBe(false);
    for (const to of STATUSES) {
      if (to !== "RESOLVED") expect(canMove("routing", "RESOLVED", to)).toBe(false);
      if (to !== "CLOSED") expect(canMove("routing", "CLOSED", to)).toBe(false);
    }
  });

  it("agrees with the staff table for staff", () => {
    for (const from of STATUSES) for (const to of STATUSES) if (from !== to) expect(canMove("staff", from, to)).toBe(staffCanMove(from, to));
  });
});

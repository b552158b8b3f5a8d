import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-info";

describe("clientAddressFrom", () => {
  it.each([
    [null, 1, null],
    ["", 1, null],
    ["10.2.3.4", 1, "10.2.3.4"],
    // A client that starts the header itself cannot choose the address our proxy appended.
    ["6.6.6.6, 10.2.3.4", 1, "10.2.3.4"],
    ["6.6.6.6, 10.2.3.4, 172.16.0.9", 2, "10.2.3.4"],
    ["10.2.3.4", 3, "10.2.3.4"],
  ])("%s with %i trusted hop(s) is %s", (header, hops, expected) => {
    expect(clientAddressFrom(header, hops)).toBe(expected);
  });
});

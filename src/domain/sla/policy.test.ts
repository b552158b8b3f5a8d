import { describe, expect, it } from "vitest";
import { choosePolicy, type PolicyCandidate } from "./policy";

const policy = (id: string, over: Partial<PolicyCandidate> = {}): PolicyCandidate => ({
  id,
  priority: "P3",
  categoryId: null,
  teamId: null,
  active: true,
  ...over,
});
// Ticket in "printers", which sits under "hardware".
const ticket = { priority: "P3" as const, categoryPath: ["printers", "hardware"], teamId: "desk" };

describe("choosePolicy", () => {
  const all = [
    policy("priority-only"),
    policy("team", { teamId: "desk" }),
    policy("ancestor", { categoryId: "hardware" }),
    policy("category", { categoryId: "printers" }),
    policy("ancestor+team", { categoryId: "hardware", teamId: "desk" }),
    policy("category+team", { categoryId: "printers", teamId: "desk" }),
  ];

  it.each([
    [all, "category+team"],
    [all.filter((p) => p.id !== "category+team"), "ancestor+team"],
    [all.filter((p) => !p.id.includes("+")), "category"],
    [all.filter((p) => !p.id.includes("+") && p.id !== "category"), "ancestor"],
    [[policy("priority-only"), policy("team", { teamId: "desk" })], "team"],
    [[policy("priority-only")], "priority-only"],
  ])("picks the most specific (case %#)", (policies, expected) => {
    expect(choosePolicy(policies, ticket)?.id).toBe(expected);
  });

  it("skips inactive policies, other priorities, other teams and unrelated categories", () => {
    const policies = [
      policy("inactive", { categoryId: "printers", active: false }),
      policy("p1", { priority: "P1", categoryId: "printers" }),
      policy("other-team", { teamId: "network" }),
      policy("other-category", { categoryId: "software" }),
    ];
    expect(choosePolicy(policies, ticket)).toBeNull();
    expect(choosePolicy([policy("team", { teamId: "desk" })], { ...ticket, teamId: null })).toBeNull();
  });

  it("breaks exact ties by id, whatever the order", () => {
    const twins = [policy("b", { categoryId: "printers" }), policy("a", { categoryId: "printers" })];
    expect(choosePolicy(twins, ticket)?.id).toBe("a");
    expect(choosePolicy([...twins].reverse(), ticket)?.id).toBe("a");
  });

  it("works with no category", () => {
    expect(choosePolicy([policy("x", { categoryId: "printers" }), policy("y")], { ...ticket, categoryPath: [] })?.id).toBe("y");
  });
});

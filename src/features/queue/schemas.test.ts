import { describe, expect, it } from "vitest";
import { parseQueueParams, queueQuery } from "./schemas";

const UUID = "3f0c2a1e-5b6d-4c7e-8f90-1a2b3c4d5e6f";

describe("parseQueueParams", () => {
  it("keeps every valid filter, priorities repeated or comma-separated", () => {
    expect(parseQueueParams({ tab: "team", priority: ["P1", "P2"], category: UUID, sla: "overdue", q: "  printer  " })).toEqual({
      filters: { tab: "team", priority: ["P1", "P2"], category: UUID, sla: "overdue", q: "printer" },
      ignored: [],
    });
    expect(parseQueueParams({ priority: "P2,P1,P2" }).filters.priority).toEqual(["P2", "P1"]);
  });

  it.each([
    [{ tab: "everything" }, ["tab"]],
    [{ priority: "P9" }, ["priority"]],
    [{ location: "../etc", status: "RESOLVED" }, ["location", "status"]],
    [{ sla: "late", q: "x".repeat(201) }, ["sla", "q"]],
    [{ cursor: "yesterday" }, ["cursor"]],
  ])("drops and names what it cannot use: %j", (params, ignored) => {
    const result = parseQueueParams(params);
    expect(result.ignored).toEqual(ignored);
    expect(result.filters).toEqual({});
  });

  it("treats empty form fields as not set", () => {
    expect(parseQueueParams({ tab: "mine", category: "", q: "", priority: [""] })).toEqual({ filters: { tab: "mine" }, ignored: [] });
  });
});

describe("queueQuery", () => {
  it("writes filters back as an address, without the page cursor unless asked", () => {
    const filters = { tab: "team" as const, priority: ["P1" as const, "P2" as const], cursor: `n.${UUID}` };
    expect(queueQuery(filters)).toBe("tab=team&priority=P1%2CP2");
    expect(queueQuery(filters, true)).toBe(`tab=team&priority=P1%2CP2&cursor=n.${UUID}`);
    expect(parseQueueParams(Object.fromEntries(new URLSearchParams(queueQuery(filters, true)))).filters).toEqual(filters);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pickLeastLoaded, type Candidate } from "./pick";

const at = (iso: string) => new Date(iso);

describe("pickLeastLoaded", () => {
  it.each<[string, Candidate[], string | null]>([
    ["nobody", [], null],
    ["one person", [{ userId: "a", openTickets: 9, lastAssignedAt: null }], "a"],
    ["fewest open tickets wins", [{ userId: "a", openTickets: 3, lastAssignedAt: null }, { userId: "b", openTickets: 1, lastAssignedAt: at("2026-11-29T10:00:00Z") }], "b"],
    ["tie: longest since last assignment", [{ userId: "a", openTickets: 2, lastAssignedAt: at("2026-11-29T10:00:00Z") }, { userId: "b", openTickets: 2, lastAssignedAt: at("2026-11-29T08:00:00Z") }], "b"],
    ["tie: never assigned beats recently assigned", [{ userId: "a", openTickets: 0, lastAssignedAt: at("2026-11-29T10:00:00Z") }, { userId: "b", openTickets: 0, lastAssignedAt: null }], "b"],
    ["full tie: lowest user id", [{ userId: "c", openTickets: 0, lastAssignedAt: null }, { userId: "a", openTickets: 0, lastAssignedAt: null }, { userId: "b", openTickets: 0, lastAssignedAt: null }], "a"],
  ])("%s", (_name, candidates, expected) => {
    expect(pickLeastLoaded(candidates)?.userId ?? null).toBe(expected);
  });

  const candidateArb = fc.record({
    userId: fc.uuid(),
    openTickets: fc.integer({ min: 0, max: 20 }),
    lastAssignedAt: fc.option(fc.integer({ min: 0, max: 1e12 }).map((ms) => new Date(ms))),
  });

  it("never picks someone with more open tickets than another candidate", () => {
    fc.assert(
      fc.property(fc.array(candidateArb, { minLength: 1, maxLength: 12 }), (candidates) => {
        const chosen = pickLeastLoaded(candidates);
        expect(chosen).not.toBeNull();
        expect(chosen!.openTickets).toBe(Math.min(...candidates.map((c) => c.openTickets)));
      }),
    );
  });

  it("does not depend on the order of the candidates", () => {
    fc.assert(
      fc.property(fc.uniqueArray(candidateArb, { minLength: 1, maxLength: 12, selector: (c) => c.userId }), (candidates) => {
        expect(pickLeastLoaded([...candidates].reverse())).toBe(pickLeastLoaded(candidates));
      }),
    );
  });
});

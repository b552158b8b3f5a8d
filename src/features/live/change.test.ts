import { describe, expect, it } from "vitest";
import { becameCritical, isRelevant, parseTicketChange, toLiveEvent, type LiveScope, type TTicketChange } from "./change";

const TICKET = "11111111-1111-4111-8111-111111111111";
const TEAM = "22222222-2222-4222-8222-222222222222";
const OTHER_TEAM = "33333333-3333-4333-8333-333333333333";
const ME = "44444444-4444-4444-8444-444444444444";
const SOMEONE = "55555555-5555-4555-8555-555555555555";

const change = (overrides: Partial<TTicketChange> = {}): TTicketChange => ({
  ticketId: TICKET, op: "UPDATE", version: 2, status: "NEW", priority: "P3", teamId: TEAM, assigneeId: null, requesterId: SOMEONE, mode: "ONSITE",
  ...overrides,
});
const queue = (teamIds: string[], everyTeam = false): LiveScope => ({ kind: "queue", userId: ME, teamIds: new Set(teamIds), everyTeam });

describe("isRelevant", () => {
  it.each([
    ["a ticket page hears its own ticket", { kind: "ticket", ticketId: TICKET } as LiveScope, change(), true],
    ["a ticket page ignores other tickets", { kind: "ticket", ticketId: OTHER_TEAM } as LiveScope, change(), false],
    ["a queue hears its teams' tickets", queue([TEAM]), change(), true],
    ["a queue ignores other teams' tickets", queue([OTHER_TEAM]), change(), false],
    ["a queue hears tickets assigned to the actor in any team", queue([OTHER_TEAM]), change({ assigneeId: ME }), true],
    ["a queue ignores tickets assigned to someone else elsewhere", queue([OTHER_TEAM]), change({ assigneeId: SOMEONE }), false],
    ["a queue ignores unrouted tickets", queue([TEAM]), change({ teamId: null }), false],
    ["a manager's queue hears every team", queue([], true), change({ teamId: OTHER_TEAM }), true],
    ["a manager's queue hears unrouted tickets", queue([], true), change({ teamId: null }), true],
  ])("%s", (_name, scope, ticketChange, expected) => {
    expect(isRelevant(scope, ticketChange)).toBe(expected);
  });
});

describe("becameCritical", () => {
  it.each([
    ["a new P1", change({ op: "INSERT", priority: "P1" }), undefined, true],
    ["a new P2", change({ op: "INSERT", priority: "P2" }), undefined, false],
    ["a P3 raised to P1", change({ priority: "P1" }), "P3", true],
    ["a P1 that stays P1 (a comment, a claim)", change({ priority: "P1" }), "P1", false],
    ["a P1 whose earlier priority is unknown", change({ priority: "P1" }), undefined, false],
    ["the trigger's own previous priority wins", change({ priority: "P1", previousPriority: "P2" }), "P1", true],
    ["a P1 lowered to P2", change({ priority: "P2" }), "P1", false],
  ] as const)("%s", (_name, ticketChange, previous, expected) => {
    expect(becameCritical(ticketChange, previous)).toBe(expected);
  });
});

describe("parseTicketChange", () => {
  it("reads the trigger's payload", () => {
    expect(parseTicketChange(JSON.stringify(change()))).toEqual(change());
  });

  it.each([undefined, "", "not json", "{}", JSON.stringify({ ...change(), ticketId: "WD-1" }), JSON.stringify({ ...change(), op: "DELETE" })])(
    "ignores a malformed payload: %s",
    (payload) => {
      expect(parseTicketChange(payload)).toBeNull();
    },
  );
});

describe("toLiveEvent", () => {
  it("sends ids and codes only: no team, assignee or requester", () => {
    expect(toLiveEvent(change({ assigneeId: ME }), false)).toEqual({ ticketId: TICKET, version: 2, status: "NEW", priority: "P3", op: "UPDATE", critical: false });
  });
});

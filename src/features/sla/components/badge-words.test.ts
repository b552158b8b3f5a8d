import { describe, expect, it } from "vitest";
import { badgeFromColumns, type SlaColumns } from "./badge-from-columns";
import { badgeText, badgeWords, businessDurationWords, type SlaBadgeInput } from "./badge-words";

const now = new Date("2026-11-30T14:00:00.000Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const iso = (minutes: number) => at(minutes).toISOString();

const running: SlaBadgeInput = { target: "RESPONSE", phase: "running", dueAt: iso(12), soonAt: iso(5), stoppedAt: null, breached: false, remainingMs: null };

describe("badgeWords", () => {
  it.each<[string, SlaBadgeInput, { tone: string; text: string }]>([
    ["running, before the soon point", running, { tone: "ok", text: "12 min left" }],
    ["running, past the soon point", { ...running, soonAt: iso(-1) }, { tone: "soon", text: "12 min left" }],
    ["running, soon point exactly now", { ...running, soonAt: iso(0) }, { tone: "soon", text: "12 min left" }],
    ["running, no soon point known", { ...running, soonAt: null }, { tone: "ok", text: "12 min left" }],
    ["running, overdue", { ...running, dueAt: iso(-7), soonAt: iso(-10) }, { tone: "overdue", text: "Overdue by 7 min" }],
    ["running, no due time", { ...running, dueAt: null, soonAt: null }, { tone: "ok", text: "No due time" }],
    ["paused", { ...running, phase: "paused", dueAt: null, soonAt: null }, { tone: "paused", text: "Paused" }],
    ["paused with time left read exactly", { ...running, phase: "paused", dueAt: null, remainingMs: 20 * 60_000 }, { tone: "paused", text: "Paused, 20 min left" }],
    ["paused after a breach", { ...running, phase: "paused", dueAt: iso(-30), breached: true, remainingMs: -5 * 60_000 }, { tone: "overdue", text: "Overdue, paused" }],
    ["stopped in time", { ...running, phase: "stopped", stoppedAt: iso(-60), dueAt: iso(-50) }, { tone: "met", text: "Met" }],
    ["stopped late, wall time", { ...running, phase: "stopped", stoppedAt: iso(-40), dueAt: iso(-50) }, { tone: "overdue", text: "Missed by 10 min" }],
    ["stopped late, business time", { ...running, phase: "stopped", stoppedAt: iso(-40), dueAt: iso(-50), breached: true, remainingMs: -3 * 60_000 }, { tone: "overdue", text: "Missed by 3 min" }],
    ["stopped in time, business time", { ...running, phase: "stopped", dueAt: null, remainingMs: 3 * 60_000 }, { tone: "met", text: "Met" }],
    ["stopped, breached but no times", { ...running, phase: "stopped", dueAt: null, breached: true }, { tone: "overdue", text: "Missed" }],
  ])("%s", (_, input, expected) => {
    expect(badgeWords(input, now)).toEqual(expected);
  });

  it("moves on with the clock it is given: ok, then soon, then overdue", () => {
    expect(badgeWords(running, at(4)).tone).toBe("ok");
    expect(badgeWords(running, at(6))).toEqual({ tone: "soon", text: "6 min left" });
    expect(badgeWords(running, at(19))).toEqual({ tone: "overdue", text: "Overdue by 7 min" });
  });

  it("names the clock", () => {
    expect(badgeText(running, now)).toEqual({ tone: "ok", text: "Response: 12 min left" });
    expect(badgeText({ ...running, target: "RESOLUTION" }, now).text).toBe("Fix: 12 min left");
  });
});

describe("badgeFromColumns", () => {
  const row: SlaColumns = {
    status: "NEW", firstResponseAt: null, resolvedAt: null, responseDueAt: at(15), resolutionDueAt: at(240),
    responseTargetMinutes: 20, resolutionTargetMinutes: 240, slaPausedAt: null,
  };

  it("shows the response clock until IT responded, amber from 25 % of the target before it is due", () => {
    expect(badgeFromColumns(row)).toEqual({ target: "RESPONSE", phase: "running", dueAt: iso(15), soonAt: iso(10), stoppedAt: null, breached: false, remainingMs: null });
  });

  it("then the fix clock", () => {
    const clock = badgeFromColumns({ ...row, status: "IN_PROGRESS", firstResponseAt: at(-5) });
    expect(clock).toMatchObject({ target: "RESOLUTION", phase: "running", dueAt: iso(240), soonAt: iso(180) });
  });

  it("is paused while the clocks stand still", () => {
    const clock = badgeFromColumns({ ...row, status: "WAITING_ON_VENDOR", firstResponseAt: at(-5), resolutionDueAt: null, slaPausedAt: at(-2) });
    expect(clock).toMatchObject({ target: "RESOLUTION", phase: "paused", dueAt: null, soonAt: null });
    expect(badgeWords(clock!, now)).toEqual({ tone: "paused", text: "Paused" });
  });

  it("tells met from missed once fixed", () => {
    const fixed = { ...row, status: "RESOLVED" as const, firstResponseAt: at(-300), resolutionDueAt: at(-60) };
    expect(badgeWords(badgeFromColumns({ ...fixed, resolvedAt: at(-90) })!, now)).toEqual({ tone: "met", text: "Met" });
    expect(badgeWords(badgeFromColumns({ ...fixed, resolvedAt: at(-30) })!, now)).toEqual({ tone: "overdue", text: "Missed by 30 min" });
  });

  it("has nothing to show for a ticket without a service level", () => {
    expect(badgeFromColumns({ ...row, responseDueAt: null, responseTargetMinutes: null })).toBeNull();
  });

  it("copes with a due time but no stored target (tickets filed before policies)", () => {
    expect(badgeFromColumns({ ...row, responseTargetMinutes: null })).toMatchObject({ dueAt: iso(15), soonAt: null });
  });
});

describe("businessDurationWords", () => {
  it.each([
    [0, "1 min"],
    [59 * 60_000, "59 min"],
    [33 * 3_600_000, "33 h"],
    [(36 * 60 + 5) * 60_000, "36 h 5 min"],
  ])("%i ms is %s", (ms, text) => {
    expect(businessDurationWords(ms)).toBe(text);
  });

  it("is what a paused clock read exactly shows: desk hours are not days", () => {
    expect(badgeWords({ ...running, phase: "paused", dueAt: null, remainingMs: 33 * 3_600_000 }, now).text).toBe("Paused, 33 h left");
  });
});

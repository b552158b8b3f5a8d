import { describe, expect, it } from "vitest";
import { durationWords, slaWords } from "./words";

const now = new Date("2026-11-30T14:00:00.000Z");
const inMinutes = (m: number) => new Date(now.getTime() + m * 60_000);

describe("durationWords", () => {
  it.each([
    [0, "1 min"],
    [20_000, "1 min"],
    [12 * 60_000, "12 min"],
    [60 * 60_000, "1 h"],
    [125 * 60_000, "2 h 5 min"],
    [(3 * 1440 + 4 * 60 + 10) * 60_000, "3 d 4 h"],
    [2 * 1440 * 60_000, "2 d"],
  ])("%i ms is %s", (ms, text) => {
    expect(durationWords(ms)).toBe(text);
  });
});

describe("slaWords", () => {
  const running = { running: true, breached: false };

  it.each([
    [{ ...running, dueAt: inMinutes(12) }, undefined, { tone: "ok", text: "12 min left" }],
    [{ ...running, dueAt: inMinutes(125) }, 0.5, { tone: "ok", text: "2 h 5 min left" }],
    [{ ...running, dueAt: inMinutes(12) }, 0.75, { tone: "soon", text: "12 min left" }],
    [{ ...running, dueAt: inMinutes(-7), breached: true }, 1.5, { tone: "overdue", text: "Overdue by 7 min" }],
    [{ ...running, dueAt: inMinutes(-7) }, undefined, { tone: "overdue", text: "Overdue by 7 min" }],
    [{ running: false, breached: false, dueAt: null }, 0.2, { tone: "paused", text: "Paused" }],
    [{ running: false, breached: true, dueAt: inMinutes(-30) }, 1.2, { tone: "overdue", text: "Overdue, paused" }],
    [{ running: false, breached: false, dueAt: null, met: true }, undefined, { tone: "met", text: "Met" }],
    [{ ...running, dueAt: null }, undefined, { tone: "ok", text: "No due time" }],
  ])("%o (fraction %s) reads %o", (state, fraction, expected) => {
    expect(slaWords(state, now, fraction)).toEqual(expected);
  });

  it("takes the fraction from the state, as clockState returns it", () => {
    expect(slaWords({ ...running, dueAt: inMinutes(30), fraction: 0.9 }, now).tone).toBe("soon");
  });
});

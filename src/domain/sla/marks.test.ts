import { describe, expect, it } from "vitest";
import { marksFor, type ClockEvent } from "./marks";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 12, minute));
const event = (kind: string, minute: number, target: ClockEvent["target"] = null): ClockEvent => ({ kind, target, at: at(minute) });

describe("marksFor", () => {
  it("moves both clocks on pause and resume", () => {
    const events = [event("STARTED", 0), event("PAUSED", 5), event("RESUMED", 9)];
    expect(marksFor(events, "RESPONSE").map((m) => m.kind)).toEqual(["start", "pause", "resume"]);
    expect(marksFor(events, "RESOLUTION").map((m) => m.kind)).toEqual(["start", "pause", "resume"]);
  });

  it("never restarts the response clock once someone responded", () => {
    const events = [event("STARTED", 0), event("STOPPED", 3, "RESPONSE"), event("PAUSED", 5), event("RESUMED", 9), event("RESUMED", 20, "RESOLUTION")];
    expect(marksFor(events, "RESPONSE").map((m) => m.kind)).toEqual(["start", "stop"]);
  });

  it("restarts the resolution clock on reopen, not when a pause ends after the fix", () => {
    const events = [event("STARTED", 0), event("PAUSED", 2), event("STOPPED", 4, "RESOLUTION"), event("RESUMED", 6), event("RESUMED", 8, "RESOLUTION")];
    expect(marksFor(events, "RESOLUTION")).toEqual([
      { kind: "start", at: at(0) },
      { kind: "pause", at: at(2) },
      { kind: "stop", at: at(4) },
      { kind: "resume", at: at(8) },
    ]);
  });

  it("reads events in time order whatever order they are stored in", () => {
    const events = [event("RESUMED", 9), event("STARTED", 0), event("PAUSED", 5)];
    expect(marksFor(events, "RESPONSE").map((m) => m.kind)).toEqual(["start", "pause", "resume"]);
  });

  it("ignores warnings, breaches and the other clock's stop", () => {
    const events = [event("STARTED", 0), event("WARNED_50", 3, "RESPONSE"), event("BREACHED", 6, "RESPONSE"), event("STOPPED", 7, "RESOLUTION")];
    expect(marksFor(events, "RESPONSE").map((m) => m.kind)).toEqual(["start"]);
  });
});

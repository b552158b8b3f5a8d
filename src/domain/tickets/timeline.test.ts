import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildTimeline, describeEvent, EVENT_TYPES, type TimelineEvent } from "./timeline";

const event = (type: TimelineEvent["type"], data: unknown, actorName: string | null = "Dev Patel"): TimelineEvent => ({ type, data, actorName });

describe("describeEvent", () => {
  it.each<[string, TimelineEvent, ReturnType<typeof describeEvent>]>([
    ["filed", event("CREATED", { onBehalf: false, redactions: 0 }, "Maria Santos, RN"), { title: "Reported by Maria Santos, RN" }],
    [
      "filed on behalf, with redactions",
      event("CREATED", { onBehalf: true, redactions: 2 }),
      { title: "Reported by Dev Patel on the caller's behalf", detail: "Parts that looked like patient information were replaced with [redacted]." },
    ],
    [
      "triaged with its reason",
      event("TRIAGED", { priority: "P2", team: "Riverside On-site", explanation: "P2 from the answers: my unit" }, null),
      { title: "Priority P2, sent to Riverside On-site", detail: "P2 from the answers: my unit" },
    ],
    ["triaged without a team", event("TRIAGED", { priority: "P3", team: null }, null), { title: "Priority P3" }],
    ["status change", event("STATUS_CHANGED", { from: "WAITING_ON_CLINICIAN", to: "IN_PROGRESS" }), { title: "Status: Being worked on" }],
    ["status change to an unknown status", event("STATUS_CHANGED", { to: "EXPLODED" }), { title: "Status changed" }],
    ["assigned", event("ASSIGNED", { assigneeName: "Dev Patel" }), { title: "Dev Patel is working on it" }],
    ["assigned, name unknown", event("ASSIGNED", {}), { title: "A technician is working on it" }],
    ["confirmed", event("RESOLUTION_CONFIRMED", { from: "RESOLVED", to: "CLOSED" }, "Maria Santos, RN"), { title: "Maria Santos, RN confirmed it is fixed", detail: "Status: Closed" }],
    ["reopened", event("REOPENED", { from: "RESOLVED", to: "REOPENED" }, "Maria Santos, RN"), { title: "Maria Santos, RN said it is still not working", detail: "Status: Reopened" }],
    ["file added", event("ATTACHMENT_ADDED", { attachmentId: "x" }), { title: "Dev Patel added a file" }],
    ["comment (shown from the comment itself)", event("COMMENTED", { visibility: "INTERNAL" }), null],
  ])("%s", (_label, input, expected) => {
    expect(describeEvent(input)).toEqual(expected);
  });

  it("never throws on whatever JSON an event holds", () => {
    fc.assert(
      fc.property(fc.constantFrom(...EVENT_TYPES), fc.jsonValue(), fc.option(fc.string()), (type, data, actorName) => {
        const words = describeEvent({ type, data, actorName });
        return words === null || words.title.length > 0;
      }),
    );
  });
});

describe("buildTimeline", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 14, minute));
  const file = { id: "f1", fileName: "error.png", contentType: "image/png", sizeBytes: 1200 };

  it("orders events and comments by time, an event first when they share an instant", () => {
    const timeline = buildTimeline({
      events: [
        { id: "e1", type: "CREATED", data: {}, actorName: "Maria", createdAt: at(0) },
        { id: "e2", type: "REOPENED", data: {}, actorName: "Maria", createdAt: at(5) },
        { id: "e3", type: "COMMENTED", data: {}, actorName: "Maria", createdAt: at(5) },
        { id: "e4", type: "ATTACHMENT_ADDED", data: { attachmentId: "f1" }, actorName: "Maria", createdAt: at(7) },
      ],
      comments: [
        { id: "c2", body: "Still blank", internal: false, createdAt: at(5), authorName: "Maria", fromIt: false },
        { id: "c1", body: "On my way", internal: false, createdAt: at(2), authorName: "Dev", fromIt: true },
      ],
      attachments: [file],
    });
    expect(timeline.map((entry) => entry.id)).toEqual(["e1", "c1", "e2", "c2", "e4"]);
    expect(timeline.at(-1)).toMatchObject({ kind: "event", attachment: file });
  });

  it("shows an added file without a link when the file is gone", () => {
    const [entry] = buildTimeline({
      events: [{ id: "e1", type: "ATTACHMENT_ADDED", data: { attachmentId: "missing" }, actorName: null, createdAt: at(0) }],
      comments: [],
      attachments: [file],
    });
    expect(entry).toMatchObject({ kind: "event", attachment: null, words: { title: "Someone added a file" } });
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildTimeline, describeEvent, EVENT_TYPES, type TimelineEvent } from "./timeline";

const event = (type: TimelineEvent["type"], data: unknown, actorName: string | null = "Dev Patel"): TimelineEvent => ({ type, data, actorName });

describe("describeEvent", () => {
  it.each<[string, TimelineEvent, ReturnType<typeof describeEvent>]>([
    ["filed", event("CREATED", { onBehalf: false, redactions: 0 }, "Maria Santos, RN"), { title: "Reported by Maria Santos, RN" }],
    ["claimed", event("CLAIMED", { assigneeId: "u1" }, "Sam Lee"), { title: "Sam Lee took this ticket" }],
    ["on the way", event("DISPATCH", { step: "EN_ROUTE" }), { title: "A technician is on the way" }],
    ["merged away", event("MERGED", { intoNumber: "WD-000042" }), { title: "Joined with WD-000042, which reports the same problem" }],
    ["merged in", event("MERGED", { fromNumber: "WD-000043" }), { title: "WD-000043, a report of the same problem, was joined into this ticket" }],
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

describe("re-triage wording", () => {
  const raised = event("PRIORITY_CHANGED", { from: "P2", to: "P1", reason: "Whole ward affected now" }, "Sam Lee");
  const handsOnSite = event("REROUTED", {
    fromTeam: "Clinical Applications", team: "Riverside On-site Support", fromMode: "REMOTE", toMode: "ONSITE",
    reason: "needs hands on site", handsOnSite: true,
  }, "Sam Lee");
  const moved = event("REROUTED", { fromTeam: "Service Desk", team: "Clinical Applications", fromMode: "REMOTE", toMode: "REMOTE", reason: "EHR issue" }, "Sam Lee");

  it.each<[string, TimelineEvent, boolean, ReturnType<typeof describeEvent>]>([
    ["priority raised, staff", raised, true, { title: "Priority changed from Urgent (P2) to Critical (P1) by Sam Lee", detail: "Whole ward affected now" }],
    ["priority raised, reporter", raised, false, { title: "Priority raised to Critical (P1)" }],
    ["priority lowered, reporter", event("PRIORITY_CHANGED", { from: "P1", to: "P3", reason: "x" }), false, { title: "Priority lowered to Normal (P3)" }],
    ["priority with unknown codes, reporter", event("PRIORITY_CHANGED", { from: "P9", to: "Z" }), false, { title: "Priority changed" }],
    ["hands on site, staff", handsOnSite, true, { title: "Needs hands on site: sent to Riverside On-site Support by Sam Lee" }],
    ["hands on site, reporter", handsOnSite, false, { title: "Sent to Riverside On-site Support, who will come to you" }],
    ["moved between remote teams, staff", moved, true, { title: "Moved from Service Desk to Clinical Applications by Sam Lee", detail: "EHR issue" }],
    ["moved between remote teams, reporter", moved, false, { title: "Moved to Clinical Applications" }],
  ])("%s", (_label, input, staff, expected) => {
    expect(describeEvent(input, { staff })).toEqual(expected);
  });

  it("never gives a reporter the reason, whatever the event holds", () => {
    fc.assert(
      fc.property(fc.constantFrom("PRIORITY_CHANGED", "REROUTED" as const), fc.dictionary(fc.string(), fc.jsonValue()), (type, data) => {
        const words = describeEvent({ type, data: { ...data, reason: "SECRET-REASON" }, actorName: "Sam" });
        return !JSON.stringify(words).includes("SECRET-REASON");
      }),
    );
  });

  it("keeps the reason out of a reporter's timeline and gives it to staff", () => {
    const input = { events: [{ ...raised, id: "e1", createdAt: new Date() }], comments: [], attachments: [] };
    expect(JSON.stringify(buildTimeline({ ...input, staff: false }))).not.toContain("Whole ward");
    expect(JSON.stringify(buildTimeline({ ...input, staff: true }))).toContain("Whole ward");
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
      staff: false,
    });
    expect(timeline.map((entry) => entry.id)).toEqual(["e1", "c1", "e2", "c2", "e4"]);
    expect(timeline.at(-1)).toMatchObject({ kind: "event", attachment: file });
  });

  it("shows an added file without a link when the file is gone", () => {
    const [entry] = buildTimeline({
      events: [{ id: "e1", type: "ATTACHMENT_ADDED", data: { attachmentId: "missing" }, actorName: null, createdAt: at(0) }],
      comments: [],
      attachments: [file],
      staff: false,
    });
    expect(entry).toMatchObject({ kind: "event", attachment: null, words: { title: "Someone added a file" } });
  });
});

import { PRIORITY_WORDS, STATUS_WORDS, STATUSES, type TStatus } from "./status";

// One line per timeline event, in the reporter's words. Event data is small structured JSON written by many
// commands over time, so every field is read defensively: an unknown or missing field degrades the sentence,
// it never breaks the page. Reasons for a re-triage are written by IT for IT: only staff (`staff: true`) get
// them, so a clinician's page never carries them.

export const EVENT_TYPES = [
  "CREATED",
  "TRIAGED",
  "STATUS_CHANGED",
  "PRIORITY_CHANGED",
  "ASSIGNED",
  "UNASSIGNED",
  "REROUTED",
  "COMMENTED",
  "AFFECTED_USER_ADDED",
  "MAJOR_INCIDENT_LINKED",
  "ATTACHMENT_ADDED",
  "RESOLUTION_CONFIRMED",
  "REOPENED",
  "SLA",
  "CLAIMED",
  "DISPATCH",
  "MERGED",
  // Not stored per ticket: merged in when the page is read, from downtimes that overlapped the ticket's life.
  "DOWNTIME_DECLARED",
  "DOWNTIME_ENDED",
] as const;
export type TEventType = (typeof EVENT_TYPES)[number];

export type TimelineEvent = { type: TEventType; data: unknown; actorName: string | null };
export type EventWords = { title: string; detail?: string };
export type Viewer = { staff: boolean };

function field(data: unknown, key: string): unknown {
  return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;
}

function text(data: unknown, key: string): string | undefined {
  const value = field(data, key);
  return typeof value === "string" && value.trim() ? value : undefined;
}

function status(data: unknown, key: string): TStatus | undefined {
  const value = field(data, key);
  return (STATUSES as readonly unknown[]).includes(value) ? (value as TStatus) : undefined;
}

const who = (event: TimelineEvent, fallback: string) => event.actorName ?? fallback;

type Priority = keyof typeof PRIORITY_WORDS;
function priority(data: unknown, key: string): Priority | undefined {
  const value = field(data, key);
  return typeof value === "string" && Object.hasOwn(PRIORITY_WORDS, value) ? (value as Priority) : undefined;
}

// Staff read who changed what and why; the reporter reads what it means for them, never the reason.
function describePriorityChange(e: TimelineEvent, { staff }: Viewer): EventWords {
  const from = priority(e.data, "from");
  const to = priority(e.data, "to");
  if (staff) {
    const change = `${from ? ` from ${PRIORITY_WORDS[from]}` : ""} to ${to ? PRIORITY_WORDS[to] : "a new level"}`;
    return { title: `Priority changed${change}${e.actorName ? ` by ${e.actorName}` : ""}`, detail: text(e.data, "reason") };
  }
  if (!to) return { title: "Priority changed" };
  const direction = from && from !== to ? (to < from ? "raised" : "lowered") : "changed";
  return { title: `Priority ${direction} to ${PRIORITY_WORDS[to]}` };
}

function describeReroute(e: TimelineEvent, { staff }: Viewer): EventWords {
  const team = text(e.data, "team");
  const onsite = field(e.data, "toMode") === "ONSITE" && field(e.data, "fromMode") === "REMOTE";
  if (!staff) {
    if (!team) return { title: "Moved to another team" };
    return { title: onsite ? `Sent to ${team}, who will come to you` : `Moved to ${team}` };
  }
  const fromTeam = text(e.data, "fromTeam");
  const by = e.actorName ? ` by ${e.actorName}` : "";
  const title = field(e.data, "handsOnSite") === true
    ? `Needs hands on site: sent to ${team ?? "the on-site team"}${by}`
    : `Moved${fromTeam && fromTeam !== team ? ` from ${fromTeam}` : ""} to ${team ?? "another team"}${onsite ? " (on site)" : ""}${by}`;
  return { title, detail: field(e.data, "handsOnSite") === true ? undefined : text(e.data, "reason") };
}

// What a reporter reads as the technician makes their way to the problem.
const DISPATCH_WORDS: Record<string, string> = {
  EN_ROUTE: "A technician is on the way",
  ON_SITE: "The technician has arrived",
  DONE: "The technician has finished the hands-on work",
};

const DESCRIBE: Record<TEventType, (event: TimelineEvent, viewer: Viewer) => EventWords | null> = {
  CREATED: (e) => ({
    title: `Reported by ${who(e, "someone")}${field(e.data, "onBehalf") === true ? " on the caller's behalf" : ""}`,
    detail: Number(field(e.data, "redactions")) > 0 ? "Parts that looked like patient information were replaced with [redacted]." : undefined,
  }),
  TRIAGED: (e) => ({
    title: `Priority ${text(e.data, "priority") ?? "set"}${text(e.data, "team") ? `, sent to ${text(e.data, "team")}` : ""}`,
    detail: text(e.data, "explanation"),
  }),
  STATUS_CHANGED: (e) => {
    const to = status(e.data, "to");
    return { title: to ? `Status: ${STATUS_WORDS[to]}` : "Status changed", detail: text(e.data, "note") };
  },
  PRIORITY_CHANGED: (e, viewer) => describePriorityChange(e, viewer),
  ASSIGNED: (e) => ({ title: text(e.data, "assigneeName") ? `${text(e.data, "assigneeName")} is working on it` : "A technician is working on it" }),
  UNASSIGNED: () => ({ title: "Handed back to the team" }),
  REROUTED: (e, viewer) => describeReroute(e, viewer),
  // Comments are shown from the comment rows themselves, which the query filters by who may read them.
  COMMENTED: () => null,
  AFFECTED_USER_ADDED: (e) => ({ title: `${who(e, "Someone")} has this problem too` }),
  MAJOR_INCIDENT_LINKED: (e) => ({
    title: "Part of a known problem affecting others",
    detail: text(e.data, "title") ? `IT is handling it as one outage: ${text(e.data, "title")}` : undefined,
  }),
  ATTACHMENT_ADDED: (e) => ({ title: `${who(e, "Someone")} added a file` }),
  RESOLUTION_CONFIRMED: (e) => ({ title: `${who(e, "The reporter")} confirmed it is fixed`, detail: `Status: ${STATUS_WORDS.CLOSED}` }),
  REOPENED: (e) => ({ title: `${who(e, "The reporter")} said it is still not working`, detail: `Status: ${STATUS_WORDS.REOPENED}` }),
  SLA: (e) => ({ title: text(e.data, "message") ?? "Service target update" }),
  CLAIMED: (e) => ({ title: `${who(e, "A technician")} took this ticket` }),
  DISPATCH: (e) => ({ title: DISPATCH_WORDS[text(e.data, "step") ?? ""] ?? "The technician is on the way", detail: text(e.data, "note") }),
  // Written on both tickets: the duplicate names where it went, the surviving ticket names what joined it.
  MERGED: (e) => {
    const into = text(e.data, "intoNumber");
    const from = text(e.data, "fromNumber");
    if (into) return { title: `Joined with ${into}, which reports the same problem` };
    if (from) return { title: `${from}, a report of the same problem, was joined into this ticket` };
    return { title: "Joined with a ticket about the same problem" };
  },
  DOWNTIME_DECLARED: (e) => ({ title: `Downtime declared: ${text(e.data, "title") ?? "systems unavailable"}`, detail: text(e.data, "message") }),
  DOWNTIME_ENDED: (e) => ({ title: `Downtime ended: ${text(e.data, "title") ?? "systems back"}` }),
};

/**
 * The words for one event, or null when the event is not shown as its own line. Without a viewer the words are
 * the reporter's: the safe default.
 */
export function describeEvent(event: TimelineEvent, viewer: Viewer = { staff: false }): EventWords | null {
  const words = DESCRIBE[event.type](event, viewer);
  if (!words) return null;
  return words.detail === undefined ? { title: words.title } : words;
}

export type AttachmentRef = { id: string; fileName: string; contentType: string; sizeBytes: number };

export type TimelineEntry =
  | { kind: "event"; id: string; at: Date; words: EventWords; attachment: AttachmentRef | null }
  | { kind: "comment"; id: string; at: Date; body: string; authorName: string; fromIt: boolean; internal: boolean };

type BuildInput = {
  events: (TimelineEvent & { id: string; createdAt: Date })[];
  comments: { id: string; body: string; internal: boolean; createdAt: Date; authorName: string; fromIt: boolean }[];
  attachments: AttachmentRef[];
  /** Whether the viewer is IT staff (sees re-triage reasons): decided by the caller from the actor. */
  staff: boolean;
};

/**
 * Events and comments in time order; at the same instant an event comes before the comment it caused (a
 * reopen before its reason). Callers pass only what the viewer may read.
 */
export function buildTimeline({ events, comments, attachments, staff }: BuildInput): TimelineEntry[] {
  const files = new Map(attachments.map((file) => [file.id, file]));
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    const words = describeEvent(event, { staff });
    if (!words) continue;
    const attachmentId = event.type === "ATTACHMENT_ADDED" ? field(event.data, "attachmentId") : undefined;
    const attachment = typeof attachmentId === "string" ? (files.get(attachmentId) ?? null) : null;
    entries.push({ kind: "event", id: event.id, at: event.createdAt, words, attachment });
  }
  for (const { createdAt, ...comment } of comments) entries.push({ kind: "comment", at: createdAt, ...comment });
  // Array.prototype.sort is stable: events, pushed first, stay ahead of comments with the same time.
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}

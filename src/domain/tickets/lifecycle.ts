import type { TStatus } from "./status";

// The one state machine for ticket statuses, by who moves them:
// - staff, by hand: everything open can be worked, waited on or fixed; a fix that did not hold is reopened;
//   a closed ticket is history (the reporter reopens it, or a new one is filed);
// - the requester: confirms a fix (closed), says it is still broken (reopened), answers a question (back to
//   being worked on);
// - routing (claim, assign, reroute): who has it, never what was done: new <-> assigned, and back to new when
//   the ticket moves to another team.
// Every command that changes a status asks canMove first; conditional updates then make it race-safe.

const WORK: readonly TStatus[] = ["IN_PROGRESS", "WAITING_ON_CLINICIAN", "WAITING_ON_VENDOR", "RESOLVED"];

export const STAFF_TRANSITIONS: Record<TStatus, readonly TStatus[]> = {
  NEW: WORK,
  ASSIGNED: WORK,
  IN_PROGRESS: WORK,
  WAITING_ON_CLINICIAN: WORK,
  WAITING_ON_VENDOR: WORK,
  REOPENED: WORK,
  RESOLVED: ["REOPENED"],
  CLOSED: [],
};

/** The statuses staff may move a ticket to from `from` (never to itself). */
export function staffNextStatuses(from: TStatus): TStatus[] {
  return STAFF_TRANSITIONS[from].filter((to) => to !== from);
}

export function staffCanMove(from: TStatus, to: TStatus): boolean {
  return staffNextStatuses(from).includes(to);
}

// Staff-facing labels for the status form: what the technician is saying by choosing it.
export const STAFF_STATUS_ACTIONS: Partial<Record<TStatus, string>> = {
  IN_PROGRESS: "Working on it",
  WAITING_ON_CLINICIAN: "Waiting for the reporter's answer (pauses the clock)",
  WAITING_ON_VENDOR: "Waiting for a supplier (pauses the clock)",
  RESOLVED: "Fixed",
  REOPENED: "Not fixed after all: reopen",
};

export type Mover = "staff" | "requester" | "routing";

const OPEN_NOT_NEW: readonly TStatus[] = ["ASSIGNED", "IN_PROGRESS", "WAITING_ON_CLINICIAN", "WAITING_ON_VENDOR", "REOPENED"];

const REQUESTER_TRANSITIONS: Record<TStatus, readonly TStatus[]> = {
  NEW: [],
  ASSIGNED: [],
  IN_PROGRESS: [],
  WAITING_ON_CLINICIAN: ["IN_PROGRESS"],
  WAITING_ON_VENDOR: [],
  REOPENED: [],
  RESOLVED: ["CLOSED", "REOPENED"],
  CLOSED: ["REOPENED"],
};

const ROUTING_TRANSITIONS: Record<TStatus, readonly TStatus[]> = {
  NEW: ["ASSIGNED"],
  ASSIGNED: ["NEW"],
  IN_PROGRESS: ["NEW"],
  WAITING_ON_CLINICIAN: ["NEW"],
  WAITING_ON_VENDOR: ["NEW"],
  REOPENED: ["NEW", "ASSIGNED"],
  RESOLVED: [],
  CLOSED: [],
};

const TRANSITIONS: Record<Mover, Record<TStatus, readonly TStatus[]>> = {
  staff: STAFF_TRANSITIONS,
  requester: REQUESTER_TRANSITIONS,
  routing: ROUTING_TRANSITIONS,
};

/** May `mover` take a ticket from `from` to `to`? Staying put is always allowed (a reroute of a new ticket). */
export function canMove(mover: Mover, from: TStatus, to: TStatus): boolean {
  return from === to || TRANSITIONS[mover][from].includes(to);
}

/** Statuses a reroute may start from: any open one (it goes back to new in the other team's queue). */
export const REROUTABLE: readonly TStatus[] = ["NEW", ...OPEN_NOT_NEW];

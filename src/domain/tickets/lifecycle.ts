import type { TStatus } from "./status";

// The one state machine for statuses IT staff set by hand. The reporter's own moves (confirm a fix, reopen,
// answer a question) and the system's (assigned on filing, back to new when rerouted) live in their commands.
// Everything open can be worked, waited on or fixed; a fixed ticket can be taken back up by staff if the fix
// did not hold; a closed ticket is history (the reporter reopens it, or a new one is filed).

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

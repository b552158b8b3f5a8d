// Ticket statuses and what they mean to the person who reported the problem, in their words.

export const STATUSES = [
  "NEW",
  "ASSIGNED",
  "IN_PROGRESS",
  "WAITING_ON_CLINICIAN",
  "WAITING_ON_VENDOR",
  "RESOLVED",
  "CLOSED",
  "REOPENED",
] as const;
export type TStatus = (typeof STATUSES)[number];

export const OPEN_STATUSES: readonly TStatus[] = ["NEW", "ASSIGNED", "IN_PROGRESS", "WAITING_ON_CLINICIAN", "WAITING_ON_VENDOR", "REOPENED"];

export const STATUS_WORDS: Record<TStatus, string> = {
  NEW: "Received",
  ASSIGNED: "A technician has it",
  IN_PROGRESS: "Being worked on",
  WAITING_ON_CLINICIAN: "Waiting for your reply",
  WAITING_ON_VENDOR: "Waiting for a supplier",
  RESOLVED: "Fixed: please confirm",
  CLOSED: "Closed",
  REOPENED: "Reopened",
};

export function isOpen(status: TStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

// How long after a fix the reporter may say "it is not fixed" and reopen instead of filing again.
export const REOPEN_WINDOW_DAYS = 7;

export type RequesterAction = "confirm" | "reopen";

/** What the person who reported a problem may do with it now. */
export function requesterActions(ticket: { status: TStatus; resolvedAt: Date | null }, now: Date): RequesterAction[] {
  if (ticket.status !== "RESOLVED" && ticket.status !== "CLOSED") return [];
  const withinWindow =
    ticket.resolvedAt !== null && now.getTime() - ticket.resolvedAt.getTime() < REOPEN_WINDOW_DAYS * 24 * 3_600_000;
  const actions: RequesterAction[] = [];
  if (ticket.status === "RESOLVED") actions.push("confirm");
  if (withinWindow) actions.push("reopen");
  return actions;
}

// Priorities as a reporter reads them: a word that needs no explaining first, then the code IT says on the
// phone ("it's a P2"), so both sides can talk about the same thing.
export const PRIORITY_WORDS: Record<"P1" | "P2" | "P3" | "P4", string> = {
  P1: "Critical (P1)",
  P2: "Urgent (P2)",
  P3: "Normal (P3)",
  P4: "Low (P4)",
};

import { isOpen, type TStatus } from "./status";

// What the reporter may expect next. Before anyone from IT has responded, the promise that matters is the
// response; after it, the fix. Once a target has passed we say so plainly rather than show a time in the past.

export type Expectation =
  | { kind: "respond"; dueAt: Date }
  | { kind: "fix"; dueAt: Date }
  | { kind: "late" }
  | { kind: "waiting_on_you" }
  | { kind: "waiting_on_supplier" }
  | { kind: "none" };

export type ExpectationInput = {
  status: TStatus;
  firstResponseAt: Date | null;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
};

export function expectationFor(ticket: ExpectationInput, now: Date): Expectation {
  if (!isOpen(ticket.status)) return { kind: "none" };
  // IT is waiting for the reporter: no promise runs until they answer.
  if (ticket.status === "WAITING_ON_CLINICIAN") return { kind: "waiting_on_you" };
  // The clock is paused for a part or a vendor's fix: a due time would be a guess, so say what IT waits for.
  if (ticket.status === "WAITING_ON_VENDOR") return { kind: "waiting_on_supplier" };
  const respondPending = ticket.firstResponseAt === null && ticket.responseDueAt !== null;
  const kind = respondPending ? "respond" : "fix";
  const dueAt = respondPending ? ticket.responseDueAt : ticket.resolutionDueAt;
  if (dueAt === null) return { kind: "none" };
  if (dueAt.getTime() <= now.getTime()) return { kind: "late" };
  return { kind, dueAt };
}

import { expectationFor, type ExpectationInput } from "@/domain/tickets/expectation";
import { formatDueTime } from "./time";

/** "We aim to respond by 10:45 today", or null when there is nothing to promise (fixed, closed). */
export function expectationWords(ticket: ExpectationInput, now: Date, timeZone: string): string | null {
  const expectation = expectationFor(ticket, now);
  switch (expectation.kind) {
    case "respond":
      return `We aim to respond by ${formatDueTime(expectation.dueAt, now, timeZone)}`;
    case "fix":
      return `We aim to fix it by ${formatDueTime(expectation.dueAt, now, timeZone)}`;
    case "late":
      return "Later than we aimed — we're on it";
    case "waiting_on_you":
      return "We'll carry on as soon as you reply";
    case "waiting_on_supplier":
      return "We're waiting for a supplier and will update you here";
    case "none":
      return null;
  }
}

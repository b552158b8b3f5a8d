import { z } from "zod";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "@/lib/plain-text";

// Working a ticket from the queue or its page. Every form sends the ticket's id and the version it showed.

export const ZTicketRef = z.object({
  ticketId: z.uuid("That ticket does not exist."),
  version: z.coerce.number().int().min(1),
});
export type TTicketRef = z.output<typeof ZTicketRef>;

export type WorkFormState = {
  status: "idle" | "error" | "done";
  message?: string;
  fields?: Record<string, string[]>;
  values?: Record<string, string>;
  /** The ticket's version after a successful change, so the next form on the page sends the fresh one. */
  version?: number;
};

const ref = ZTicketRef.shape;

export const ZAssignTicket = z.object({
  ...ref,
  // "" in the form means "nobody: back to the team".
  assigneeId: z.union([z.literal("").transform(() => null), z.uuid("Choose someone from the team.")]).nullable(),
});
export type TAssignTicket = z.output<typeof ZAssignTicket>;

export const DISPATCH_STEPS = ["EN_ROUTE", "ON_SITE", "DONE"] as const;
export type TDispatchStep = (typeof DISPATCH_STEPS)[number];

export const ZDispatchStep = z.object({ ...ref, step: z.enum(DISPATCH_STEPS, "Choose a step.") });
export type TDispatchStepInput = z.output<typeof ZDispatchStep>;

export const ZInternalNote = z.object({
  ...ref,
  body: z.string().trim().min(2, "Write the note first.").max(5000, "A note must be at most 5,000 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
});
export type TInternalNote = z.output<typeof ZInternalNote>;

export const ZLinkIncident = z.object({ ...ref, incidentId: z.uuid("Choose an outage.") });
export type TLinkIncident = z.output<typeof ZLinkIncident>;

export const ZMergeTicket = z.object({
  ...ref,
  intoNumber: z.string().trim().min(1, "Type the number of the ticket to keep, like WD-000123.").max(20, "Type a ticket number like WD-000123."),
});
export type TMergeTicket = z.output<typeof ZMergeTicket>;

import { z } from "zod";

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

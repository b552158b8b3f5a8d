import { z } from "zod";
import { STATUSES } from "@/domain/tickets/status";
import { PRIORITIES } from "@/domain/triage/matrix";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "@/lib/plain-text";

// Re-triage by IT staff: every change carries a reason, and every form sends the version it was based on.

const ticketRef = {
  ticketId: z.uuid("That ticket does not exist."),
  version: z.coerce.number().int().min(1),
};

const staffText = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `${label} is needed (at least ${min} characters).`)
    .max(max, `${label} must be at most ${max} characters.`)
    .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE);

export const ZRetriage = z.object({
  ...ticketRef,
  priority: z.enum(PRIORITIES, "Choose a priority.").optional(),
  teamId: z.uuid("Choose a team.").optional(),
  mode: z.enum(["ONSITE", "REMOTE"], "Choose how the work is done.").optional(),
  reason: staffText("A reason", 3, 500),
});
export type TRetriage = z.output<typeof ZRetriage>;

export const ZHandsOnSite = z.object({
  ...ticketRef,
  note: staffText("A note for the on-site technician", 3, 2000),
});
export type THandsOnSite = z.output<typeof ZHandsOnSite>;

export const ZChangeStatus = z.object({
  ...ticketRef,
  status: z.enum(STATUSES, "Choose a status."),
});
export type TChangeStatus = z.output<typeof ZChangeStatus>;

export type RetriageFormState = {
  status: "idle" | "error" | "done";
  message?: string;
  fields?: Record<string, string[]>;
  values?: Record<string, string>;
};

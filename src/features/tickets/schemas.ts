import { z } from "zod";
import { IMPACTS, URGENCIES } from "@/domain/triage/matrix";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "@/lib/plain-text";

const requiredText = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is needed.`).max(max, `${label} must be at most ${max} characters.`);

export const ZFileTicket = z.object({
  summary: z
    .string()
    .trim()
    .min(5, "Describe the problem in a few words (at least 5 characters).")
    .max(140, "Keep the summary under 140 characters; put the rest in Details.")
    .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  details: z.string().trim().max(5000, "Details must be at most 5,000 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE).default(""),
  categoryId: z.uuid("Choose what the problem is about."),
  locationId: z.uuid("Choose where the problem is."),
  impact: z.enum(IMPACTS, "Choose how many people are affected."),
  urgency: z.enum(URGENCIES, "Choose how patient care is affected."),
  patientSafety: z.enum(["yes", "no"], "Answer whether a patient is at risk.").transform((answer) => answer === "yes"),
  callbackNumber: requiredText("A callback number", 40).regex(
    /^[0-9+()#*.,\s-]*\d[0-9+()#*.,\s-]*$|^(?:ext\.?|x)\s*\d+$/i,
    "Enter a phone number or extension, e.g. 555-0134 or ext 4421.",
  ).refine((phone) => !/^\s*\d{3}-\d{2}-\d{4}\s*$/.test(phone), "That looks like a Social Security number, not a phone number."),
  assetTag: z
    .string()
    .trim()
    .max(40, "Asset tags are at most 40 characters.")
    .regex(/^[A-Za-z0-9._/-]*$/, "Asset tags use letters, digits and - . / _ only.")
    .optional()
    .transform((tag) => (tag ? tag.toUpperCase() : undefined)),
  // Staff filing for a caller name the person with the problem; clinicians file for themselves.
  requesterEmail: z.email("Enter the caller's work email.").trim().toLowerCase().optional(),
  // One per form render (or per API request): a double click or a retry files one ticket.
  idempotencyKey: z.string().trim().min(8, "Missing form key: reload the page.").max(100).regex(/^[\x21-\x7e]+$/, "That form key is not valid: reload the page."),
  // After the PHI guard warned: "redact" stores the text with the findings replaced.
  phiDecision: z.enum(["redact"]).optional(),
});

export type TFileTicketInput = z.input<typeof ZFileTicket>;
export type TFileTicket = z.output<typeof ZFileTicket>;

export const ZComment = z.object({
  body: z
    .string()
    .trim()
    .min(1, "Write a message first.")
    .max(5000, "Messages must be at most 5,000 characters.")
    .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  phiDecision: z.enum(["redact"]).optional(),
});
export type TComment = z.output<typeof ZComment>;

// ---- The ticket page: replies, files, confirming a fix, reopening ----

export const ZTicketRef = z.object({ ticketId: z.uuid("That ticket does not exist.") });

// The version the page showed: an edit based on an older one is refused rather than silently overwriting.
export const ZTicketVersion = ZTicketRef.extend({ version: z.coerce.number().int().min(1) });

export const ZAddComment = ZTicketRef.extend(ZComment.shape);
export type TAddComment = z.output<typeof ZAddComment>;

export const ZReopenTicket = ZTicketVersion.extend({
  reason: z
    .string()
    .trim()
    .min(3, "Tell us in a few words what is still not working.")
    .max(2000, "Keep it under 2,000 characters.")
    .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  phiDecision: z.enum(["redact"]).optional(),
});
export type TReopenTicket = z.output<typeof ZReopenTicket>;

export type PhiFindingView = { kind: string; words: string; text: string };

/** What the comment and reopen forms get back: field errors and the text typed, never lost. */
export type TicketFormState = {
  status: "idle" | "error" | "phi_found" | "done";
  message?: string;
  fields?: Record<string, string[]>;
  values?: Record<string, string>;
  findings?: PhiFindingView[];
};

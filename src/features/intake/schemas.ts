// What the intake form and its server actions exchange. The ticket input itself is ZFileTicket (shared with the
// REST API); this file holds the form's state: the values typed (always sent back, so nothing is lost), field
// errors, the PHI guard's findings and the "affects me too" offers.
import { z } from "zod";
import type { PhiKind } from "@/domain/phi/detect";

export const INTAKE_FIELDS = [
  "summary",
  "details",
  "categoryId",
  "locationId",
  "impact",
  "urgency",
  "patientSafety",
  "callbackNumber",
  "assetTag",
  "requesterEmail",
  "idempotencyKey",
] as const;

export type IntakeField = (typeof INTAKE_FIELDS)[number];
export type IntakeValues = Record<IntakeField, string>;
export type IntakeFieldErrors = Partial<Record<IntakeField, string[]>>;

/** One piece of likely patient data, described in plain words and quoted so the nurse can find it. */
export type PhiNotice = { field: "summary" | "details"; kind: PhiKind; words: string; text: string };

/** An open ticket offered as "this affects me too": summary-level facts only. */
export type SimilarTicket = {
  id: string;
  number: string;
  summary: string;
  location: string;
  statusWords: string;
  peopleAffected: number;
  /** Already the actor's: they reported it, filed it or joined it. */
  following: boolean;
};

/** Known problems for one category and place; `key` says which, so a stale answer is never shown for new choices. */
export type KnownProblemsFor = { key: string; tickets: SimilarTicket[] };

export const knownProblemsKey = (categoryId: string, locationId: string) => (categoryId && locationId ? `${categoryId}|${locationId}` : "");

export type IntakeState = {
  status: "idle" | "error" | "phi_found" | "checked";
  /** Bumped by every answer from the server; the form remounts on it so it shows exactly the values sent back. */
  attempt: number;
  message?: string;
  fields?: IntakeFieldErrors;
  values?: IntakeValues;
  phi?: PhiNotice[];
  similar?: SimilarTicket[];
};

export type JoinState = { message?: string };

export function intakeValuesFrom(form: FormData): IntakeValues {
  const read = (field: IntakeField) => {
    const value = form.get(field);
    return typeof value === "string" ? value : "";
  };
  return Object.fromEntries(INTAKE_FIELDS.map((field) => [field, read(field)])) as IntakeValues;
}

/** The raw object ZFileTicket parses: optional fields left empty are absent, not "". */
export function fileTicketInputFrom(values: IntakeValues, phiDecision: FormDataEntryValue | null): Record<string, string | undefined> {
  return {
    ...values,
    assetTag: values.assetTag.trim() || undefined,
    requesterEmail: values.requesterEmail.trim() || undefined,
    impact: values.impact || undefined,
    urgency: values.urgency || undefined,
    patientSafety: values.patientSafety || undefined,
    phiDecision: phiDecision === "redact" ? "redact" : undefined,
  };
}

export const ZKnownProblemsQuery = z.object({
  categoryId: z.uuid("Choose what the problem is about."),
  locationId: z.uuid("Choose where the problem is."),
});

export const ZJoinTicket = z.object({
  ticketId: z.uuid(),
  // What the clinician said the problem is about: only tickets of that category can be joined.
  categoryId: z.uuid(),
  // Where the clinician said the problem is: the ticket must be near it (or hospital-wide) to be joined.
  locationId: z.uuid().optional().or(z.literal("").transform(() => undefined)),
});

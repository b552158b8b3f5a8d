import { z } from "zod";
import { PHI_KIND_WORDS, type PhiKind } from "@/domain/phi/detect";
import { STATUSES } from "@/domain/tickets/status";
import { IMPACTS, PRIORITIES, URGENCIES } from "@/domain/triage/matrix";
import { ZFileTicket } from "@/features/tickets/schemas";

// The REST API's own shapes, built from the form's field schemas so both validate alike. The OpenAPI
// document (openapi.ts) is generated from these same objects.

const MODES = ["ONSITE", "REMOTE"] as const;
const PHI_KINDS = Object.keys(PHI_KIND_WORDS) as [PhiKind, ...PhiKind[]];

/** POST /api/v1/tickets: the form's fields with JSON types (patientSafety is a boolean, not "yes"/"no"). */
export const ZApiFileTicket = ZFileTicket.extend({
  patientSafety: z.boolean("Answer whether a patient is at risk: true or false."),
  // Usually sent as the Idempotency-Key header; the route copies it here before validation.
  idempotencyKey: z
    .string("Send an Idempotency-Key header: a fresh random value (a UUID) per ticket, repeated on retries.")
    .trim()
    .min(8, "The Idempotency-Key must be at least 8 characters.")
    .max(100, "The Idempotency-Key must be at most 100 characters.")
    .regex(/^[\x21-\x7e]+$/, "The Idempotency-Key must be printable ASCII without spaces."),
});

const commaList = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .string()
    .transform((text) => text.split(",").map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values, message)).min(1, message))
    .meta({ description: `Comma-separated: ${values.join(", ")}` });

/** GET /api/v1/tickets query parameters. */
export const ZTicketListQuery = z.object({
  status: commaList(STATUSES, `Use one or more of ${STATUSES.join(", ")}.`).optional(),
  priority: commaList(PRIORITIES, `Use one or more of ${PRIORITIES.join(", ")}.`).optional(),
  categoryId: z.uuid("Use a category id from /api/v1/categories.").optional(),
  locationId: z.uuid("Use a location id from /api/v1/locations.").optional().meta({ description: "Tickets at this location or anywhere inside it." }),
  teamId: z.uuid("Use a team id.").optional(),
  updatedSince: z.iso
    .datetime({ offset: true, error: "Use an ISO 8601 time, e.g. 2026-12-01T08:00:00Z." })
    .transform((text) => new Date(text))
    .optional(),
  limit: z.coerce.number("Use a whole number from 1 to 100.").int("Use a whole number from 1 to 100.").min(1, "Use a whole number from 1 to 100.").max(100, "Use a whole number from 1 to 100.").default(25),
  cursor: z.string().max(200, "That cursor is not one we gave out.").optional().meta({ description: "nextCursor from the previous page." }),
});
export type TTicketListQuery = z.output<typeof ZTicketListQuery>;

const ZRef = z.object({ id: z.uuid(), name: z.string() });
const instant = z.iso.datetime();

export const ZTicketResource = z
  .object({
    id: z.uuid(),
    number: z.string().meta({ description: "As people say it on the phone.", examples: ["WD-000123"] }),
    summary: z.string(),
    details: z.string(),
    status: z.enum(STATUSES),
    priority: z.enum(PRIORITIES),
    impact: z.enum(IMPACTS),
    urgency: z.enum(URGENCIES),
    patientSafety: z.boolean(),
    mode: z.enum(MODES),
    team: ZRef.nullable(),
    assignee: ZRef.nullable().meta({ description: "The technician who has the ticket; null while it waits in the team's queue." }),
    category: ZRef,
    location: ZRef.extend({ path: z.string().meta({ description: "Campus first, e.g. Main › Tower › Floor 4 › 4 West › Room 412" }) }),
    callbackNumber: z.string(),
    assetTag: z.string().nullable(),
    createdAt: instant,
    updatedAt: instant,
    responseDueAt: instant.nullable().meta({ description: "When IT promised to respond by; null while the SLA clock is paused." }),
    resolutionDueAt: instant.nullable().meta({ description: "When IT promised to fix it by; null while the SLA clock is paused." }),
    firstResponseAt: instant.nullable(),
    slaPausedAt: instant.nullable().meta({ description: "Since when the SLA clocks are paused (waiting for the reporter or a supplier)." }),
    escalatedAt: instant.nullable().meta({ description: "When a missed target was escalated to the team's manager." }),
    resolvedAt: instant.nullable(),
    closedAt: instant.nullable(),
    triageExplanation: z.string(),
    version: z.number().int(),
  })
  .meta({ description: "A ticket as the API shows it. Internal notes are never part of it." });
export type TTicketResource = z.output<typeof ZTicketResource>;

/** POST /api/v1/tickets/{id}/status: the status wanted and the version the caller last read. */
export const ZApiChangeStatus = z.object({
  status: z.enum(STATUSES, `Use one of ${STATUSES.join(", ")}.`),
  version: z.number("Send the ticket's version as a whole number, as last read.").int("Send the ticket's version as a whole number, as last read.").min(1, "Send the ticket's version as a whole number, as last read."),
});
export type TApiChangeStatus = z.output<typeof ZApiChangeStatus>;

export const ZTicketPage = z.object({
  data: z.array(ZTicketResource),
  nextCursor: z.string().nullable().meta({ description: "Pass as ?cursor= for the next page; null on the last page." }),
});

export const ZCategoryResource = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  parentId: z.uuid().nullable(),
  mode: z.enum(MODES),
});
export type TCategoryResource = z.output<typeof ZCategoryResource>;

export const ZLocationResource = z.object({
  id: z.uuid(),
  kind: z.enum(["CAMPUS", "BUILDING", "FLOOR", "UNIT", "ROOM"]),
  code: z.string(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  criticalCare: z.boolean(),
});
export type TLocationResource = z.output<typeof ZLocationResource>;

/** 409 on a change made against an old version: the error and the ticket as it is now, to retry from. */
export const ZApiConflict = z.object({
  error: z.object({ code: z.literal("CONFLICT"), message: z.string() }),
  ticket: ZTicketResource,
});

export const ZApiError = z.object({
  error: z.object({ code: z.string(), message: z.string(), errorId: z.string().optional() }),
  errors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Field name → messages (400)." }),
  phi: z
    .partialRecord(z.enum(["summary", "details"]), z.array(z.enum(PHI_KINDS)))
    .optional()
    .meta({ description: "422 only: which kinds of likely patient data were found where; never the text itself." }),
});

import { z } from "zod";
import { ZApiChangeStatus, ZApiConflict, ZApiError, ZApiFileTicket, ZCategoryResource, ZLocationResource, ZTicketListQuery, ZTicketPage, ZTicketResource } from "./schemas";
import { API_RATE_WINDOW, MAX_BODY_BYTES } from "./limits";

// OpenAPI 3.1 (whose schemas are JSON Schema 2020-12) generated from the zod schemas the routes validate
// with, so the document cannot drift from the code. Paths are written by hand around those components.

type JsonSchema = Record<string, unknown>;

function withoutMeta(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  return withoutMeta(z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema);
}

/** Response schemas, each once, referring to each other by $ref (a page of tickets refers to Ticket). */
function responseSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  registry.add(ZTicketResource, { id: "Ticket" });
  registry.add(ZTicketPage, { id: "TicketPage" });
  registry.add(ZCategoryResource, { id: "Category" });
  registry.add(ZLocationResource, { id: "Location" });
  registry.add(ZApiError, { id: "Error" });
  registry.add(ZApiConflict, { id: "Conflict" });
  const { schemas } = z.toJSONSchema(registry, { io: "output", unrepresentable: "any", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutMeta(schema as JsonSchema)]));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (schema: object) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: jsonContent(ref("Error")) });

const ERRORS = {
  "401": { ...error("No credentials, or an unknown or revoked token."), headers: { "WWW-Authenticate": { schema: { type: "string" } } } },
  "403": error("The token's role lacks the permission."),
  "429": {
    ...error(`More than ${API_RATE_WINDOW.limit} requests in a minute.`),
    headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } },
  },
  "500": error("Our fault; the body carries an errorId to quote, never details."),
};

function listParameters() {
  const shape = ZTicketListQuery.shape;
  return Object.entries(shape).map(([name, field]) => ({
    name,
    in: "query",
    required: false,
    schema: schemaOf(field, "input"),
  }));
}

const fileTicketOperation = () => ({
  operationId: "fileTicket",
  summary: "File a ticket (triaged and routed like one from the form)",
  parameters: [{ name: "Idempotency-Key", in: "header", required: true, description: "A fresh value per ticket, repeated on retries. May be sent as idempotencyKey in the body instead.", schema: { type: "string", minLength: 8, maxLength: 100 } }],
  requestBody: { required: true, content: jsonContent(ref("TicketInput")) },
  responses: {
    "201": { description: "Filed.", headers: { Location: { schema: { type: "string" } } }, content: jsonContent(ref("Ticket")) },
    "200": { description: "A repeat with the same Idempotency-Key: the ticket the first request filed.", content: jsonContent(ref("Ticket")) },
    "400": error("Field errors in `errors`, or a body that is not a JSON object."),
    "409": error("The Idempotency-Key was used by another caller."),
    "413": error(`The body is over ${MAX_BODY_BYTES / 1024} KB.`),
    "415": error("Content-Type is not application/json."),
    // Not 400: the request is well formed; it is held back until the caller removes the data or asks for redaction.
    "422": error('Likely patient data in summary or details; `phi` names the kinds, never the text. Resend without it, or with "phiDecision": "redact".'),
    ...ERRORS,
  },
});

const ticketPaths = () => ({
  "/tickets": {
    get: {
      operationId: "listTickets",
      summary: "Tickets you may see, most recently changed first",
      parameters: listParameters(),
      responses: { "200": { description: "A page of tickets.", content: jsonContent(ref("TicketPage")) }, "400": error("A bad filter or cursor."), ...ERRORS },
    },
    post: fileTicketOperation(),
  },
  "/tickets/{id}": {
    get: {
      operationId: "getTicket",
      summary: "One ticket",
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
      responses: { "200": { description: "The ticket.", content: jsonContent(ref("Ticket")) }, "404": error("Unknown, or not one you may see."), ...ERRORS },
    },
  },
});

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

const bodyErrors = {
  "400": error("Field errors in `errors`, or a body that is not a JSON object."),
  "413": error(`The body is over ${MAX_BODY_BYTES / 1024} KB.`),
  "415": error("Content-Type is not application/json."),
};

const workOperation = (operationId: string, summary: string, conflict: string, body?: string) => ({
  post: {
    operationId,
    summary,
    parameters: [idParameter],
    ...(body && { requestBody: { required: true, content: jsonContent(ref(body)) } }),
    responses: {
      "200": { description: "Done: the ticket as it is now.", content: jsonContent(ref("Ticket")) },
      ...(body && bodyErrors),
      "404": error("Unknown, or not one of your teams' tickets."),
      "409": { description: `${conflict} The body carries the ticket as it is now, to retry from.`, content: jsonContent(ref("Conflict")) },
      "422": error("Not possible for this ticket now (e.g. already fixed, or a status it cannot move to; see `errors`)."),
      ...ERRORS,
    },
  },
});

const workPaths = () => ({
  "/tickets/{id}/claim": workOperation(
    "claimTicket",
    "Take an unassigned ticket of your team (of several simultaneous claims exactly one wins)",
    "Someone else took it first; the message names who.",
  ),
  "/tickets/{id}/status": workOperation(
    "changeTicketStatus",
    "Move a ticket to another status, stating the version you last read",
    "The ticket changed since that version.",
    "StatusChange",
  ),
});

const directoryPath = (item: string, summary: string) => ({
  get: {
    operationId: `list${item}s`,
    summary,
    responses: {
      "200": { description: summary, content: jsonContent({ type: "object", properties: { data: { type: "array", items: ref(item) } }, required: ["data"] }) },
      ...ERRORS,
    },
  },
});

let cached: JsonSchema | undefined;

export function openApiDocument(): JsonSchema {
  if (cached) return cached;
  cached = {
    openapi: "3.1.0",
    info: {
      title: "WardDesk API",
      version: "1.0.0",
      description: "File and follow IT tickets from hospital systems. Authenticate with `Authorization: Bearer wd_…` (issued by an administrator under Administration › API tokens). Never send patient data: summaries and details are screened, and likely patient data is refused with 422.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    paths: {
      ...ticketPaths(),
      ...workPaths(),
      "/categories": directoryPath("Category", "Active categories, flat with parentId"),
      "/locations": directoryPath("Location", "Active locations, flat with parentId and kind, parents first"),
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An API token: wd_ followed by 43 characters." } },
      schemas: { TicketInput: schemaOf(ZApiFileTicket, "input"), StatusChange: schemaOf(ZApiChangeStatus, "input"), ...responseSchemas() },
    },
  };
  return cached;
}

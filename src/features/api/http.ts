import { z } from "zod";
import { AppError, errorResponse } from "@/server/errors";
import { MAX_BODY_BYTES } from "./limits";

// The plumbing every /api/v1 route shares: one error mapping (src/server/errors.ts), no caching of answers
// that may hold ticket text, and careful body reading (type, size, JSON) before anything is parsed.

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a route handler: errors become JSON through the one table; every answer is `no-store`. */
export function apiRoute<C = unknown>(name: string, handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      response = errorResponse(error, name);
    }
    response.headers.set("Cache-Control", "no-store");
    if (response.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="WardDesk API"');
    return response;
  };
}

export function json(data: unknown, status = 200, headers?: Record<string, string>): Response {
  return Response.json(data, { status, headers });
}

const bodyError = (message: string) => new AppError("BAD_REQUEST", undefined, { body: [message] });

/**
 * The request body as a JSON object. Requiring `Content-Type: application/json` also keeps cookie-signed
 * requests from other sites out: a cross-site form or no-cors fetch cannot send that type.
 */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readCapped(request));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw bodyError("The body is not valid JSON.");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw bodyError("Send a JSON object.");
  return parsed as Record<string, unknown>;
}

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The body must be at most ${MAX_BODY_BYTES / 1024} KB.`);

// Content-Length can be absent (chunked) or wrong: count what actually arrives and stop at the limit.
async function readCapped(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
}

/** Zod issues as `{ field: [messages] }`; problems with the whole body go under "body". */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const flat = z.flattenError(error);
  const fields: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flat.fieldErrors) as [string, string[] | undefined][]) {
    if (messages?.length) fields[field] = messages;
  }
  if (flat.formErrors.length) fields.body = flat.formErrors;
  return fields;
}

export function invalid(error: z.ZodError): AppError {
  return new AppError("BAD_REQUEST", undefined, fieldErrors(error));
}

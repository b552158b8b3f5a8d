import "server-only";
import { randomUUID } from "node:crypto";

// Expected failures carry a code; one table turns a code into the words a person reads and an HTTP status.
// Anything else is a bug: it is logged under an error id and the user sees only that id, never the raw text
// (a database error can quote the values it choked on, and those could be patient details).

export const ERROR_TABLE = {
  UNAUTHENTICATED: { status: 401, message: "Please sign in to continue." },
  FORBIDDEN: { status: 403, message: "Your role does not allow this." },
  NOT_FOUND: { status: 404, message: "We could not find that." },
  CONFLICT: { status: 409, message: "Someone else changed this while you were working on it." },
  INVALID: { status: 422, message: "Some answers need another look." },
  // REST API: malformed requests and their field errors; 422 stays for well-formed input held back (PHI).
  BAD_REQUEST: { status: 400, message: "Some fields need another look." },
  PHI_FOUND: { status: 422, message: "This looks like patient data. Remove it, or ask for it to be replaced by [redacted]." },
  PAYLOAD_TOO_LARGE: { status: 413, message: "That request is too large." },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Send the body as JSON with Content-Type: application/json." },
  RATE_LIMITED: { status: 429, message: "Too many attempts. Please wait and try again." },
  UNAVAILABLE: { status: 503, message: "WardDesk cannot reach its database right now." },
} as const;

export type ErrorCode = keyof typeof ERROR_TABLE;
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_TABLE[code].message,
    readonly fields?: FieldErrors,
    readonly retryAfterSeconds?: number,
    /** More top-level members of the JSON error body (codes and kinds only, never the user's text). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_TABLE[this.code].status;
  }
}

/** Logs an unexpected error without its message (which may quote data) and returns the id shown to the user. */
export function logUnexpectedError(error: unknown, context: string): string {
  const errorId = randomUUID().slice(0, 8);
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  // Only the "at ..." frames: the stack begins with the message, which may span lines and quote values.
  const frames = error instanceof Error ? (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line)).slice(0, 7).join("\n") : "";
  console.error(`[error ${errorId}] ${context}: ${name}${typeof code === "string" ? ` (${code})` : ""}\n${frames}`);
  return errorId;
}

/** The JSON error body: `{ error: { code, message }, errors?: { field: [messages] } }`, one shape everywhere. */
export function errorResponse(error: unknown, context: string): Response {
  if (error instanceof AppError) {
    const headers = error.retryAfterSeconds ? { "Retry-After": String(error.retryAfterSeconds) } : undefined;
    return Response.json(
      { ...error.extra, error: { code: error.code, message: error.message }, ...(error.fields && { errors: error.fields }) },
      { status: error.status, headers },
    );
  }
  const errorId = logUnexpectedError(error, context);
  return Response.json(
    { error: { code: "INTERNAL", message: `Something went wrong on our side (error ${errorId}).`, errorId } },
    { status: 500 },
  );
}

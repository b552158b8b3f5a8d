import type { RateWindow } from "@/domain/auth/rate-window";

// The API's limits, in one place so the routes and the OpenAPI document state the same numbers.

/** Ticket bodies are a few KB; anything near this is a mistake or an attack. */
export const MAX_BODY_BYTES = 64 * 1024;

// Per caller (token, or person for cookie calls), counted in Postgres so every app instance shares it. A
// misbehaving monitor retrying in a loop is slowed down before it fills the queue. Issue 7/8 may make it
// configurable per token.
export const API_RATE_WINDOW: RateWindow = { limit: 120, windowMs: 60_000 };

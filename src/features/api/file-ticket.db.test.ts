import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/domain/authz/actor";
import { db } from "@/server/db";
import { createTestHospital, type TestHospital } from "../../../tests/factories/hospital";
import { actorFor } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { fileTicketFromApi } from "./file-ticket";
import { apiRoute, json } from "./http";

// The POST pipeline below authentication (which needs Next's request scope and is covered end to end in
// tests/e2e/api.spec.ts): body reading, validation, the command, and the one error mapping.

const t0 = new Date("2026-12-01T08:00:00Z");

function handlerFor(actor: Actor) {
  return apiRoute("test POST", async (request: Request) => {
    const { replay, ticket } = await fileTicketFromApi(actor, request, t0);
    return json(ticket, replay ? 200 : 201, { Location: `/api/v1/tickets/${ticket.id}` });
  });
}

function body(hospital: TestHospital, overrides: Record<string, unknown> = {}) {
  return {
    summary: "Label printer prints blank labels",
    details: "Since the roll was changed.",
    categoryId: hospital.labelPrinter.id,
    locationId: hospital.wardRoom.id,
    impact: "UNIT",
    urgency: "CARE_SLOWED",
    patientSafety: false,
    callbackNumber: "ext 4421",
    ...overrides,
  };
}

type Init = { key?: string | null; type?: string | null; raw?: BodyInit; headers?: Record<string, string> };

function post(payload: unknown, { key = randomUUID(), type = "application/json", raw, headers = {} }: Init = {}) {
  const all: Record<string, string> = { ...headers };
  if (key) all["Idempotency-Key"] = key;
  if (type) all["Content-Type"] = type;
  return new Request("http://localhost/api/v1/tickets", { method: "POST", headers: all, body: raw ?? JSON.stringify(payload), duplex: "half" } as RequestInit);
}

async function setup() {
  const hospital = await createTestHospital(db);
  const agent = actorFor(await createUser(db, { role: "REMOTE_AGENT" }));
  return { hospital, agent, call: handlerFor(agent) };
}

describe("POST /api/v1/tickets below authentication", () => {
  it("files with 201 and Location, and a repeat with the same key answers 200 with the same ticket", async () => {
    const { hospital, call } = await setup();
    const key = randomUUID();
    const first = await call(post(body(hospital), { key }), undefined);
    expect(first.status).toBe(201);
    const ticket = await first.json();
    expect(first.headers.get("location")).toBe(`/api/v1/tickets/${ticket.id}`);
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(ticket).toMatchObject({ summary: "Label printer prints blank labels", patientSafety: false, status: "NEW", number: expect.stringMatching(/^WD-\d{6}$/) });
    const again = await call(post(body(hospital, { summary: "Different text on retry" }), { key }), undefined);
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(ticket.id);
    expect(await db.ticket.count()).toBe(1);
  });

  it("takes the idempotency key from the body when there is no header, and 400s when there is none", async () => {
    const { hospital, call } = await setup();
    expect((await call(post(body(hospital, { idempotencyKey: randomUUID() }), { key: null }), undefined)).status).toBe(201);
    const missing = await call(post(body(hospital), { key: null }), undefined);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: { code: "BAD_REQUEST", message: expect.any(String) },
      errors: { idempotencyKey: [expect.stringContaining("Idempotency-Key")] },
    });
  });

  it("answers 409 when another caller reuses a key, revealing nothing of the ticket", async () => {
    const { hospital, call } = await setup();
    const key = randomUUID();
    await call(post(body(hospital), { key }), undefined);
    const other = handlerFor(actorFor(await createUser(db, { role: "REMOTE_AGENT" })));
    const response = await other(post(body(hospital), { key }), undefined);
    expect(response.status).toBe(409);
    const answer = await response.json();
    expect(answer.error.code).toBe("CONFLICT");
    expect(JSON.stringify(answer)).not.toMatch(/WD-|label printer/i);
  });

  it("answers 400 with field errors, keyed by field, for wrong JSON types and unknown references", async () => {
    const { hospital, call } = await setup();
    const wrong = await call(post(body(hospital, { patientSafety: "no", summary: "", impact: "EVERYONE" })), undefined);
    expect(wrong.status).toBe(400);
    expect(Object.keys((await wrong.json()).errors).sort()).toEqual(["impact", "patientSafety", "summary"]);
    const unknown = await call(post(body(hospital, { categoryId: randomUUID() })), undefined);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors).toEqual({ categoryId: [expect.any(String)] });
    expect(await db.ticket.count()).toBe(0);
  });

  it("answers 400, not 500, for NUL and other control characters anywhere in the text", async () => {
    const { hospital, call } = await setup();
    const answer = await call(post(body(hospital, { details: "a\u0000b", summary: "Printer\u0007 down" })), undefined);
    expect(answer.status).toBe(400);
    expect(Object.keys((await answer.json()).errors).sort()).toEqual(["details", "summary"]);
    const badKey = await call(post(body(hospital, { idempotencyKey: "key-with\u0000nul" }), { key: null }), undefined);
    expect(badKey.status).toBe(400);
    expect(await db.ticket.count()).toBe(0);
  });

  it("answers 422 naming the kinds of patient data found, never echoing them, and files redacted on request", async () => {
    const { hospital, call } = await setup();
    const phi = body(hospital, { summary: "Printer broken MRN 12345678", details: "DOB: 03/04/1956 on the label" });
    const refused = await call(post(phi), undefined);
    expect(refused.status).toBe(422);
    const answer = await refused.json();
    expect(answer).toEqual({
      error: { code: "PHI_FOUND", message: expect.stringContaining("redact") },
      errors: { summary: ["Looks like patient data: a number that looks like a medical record number"], details: ["Looks like patient data: a date of birth"] },
      phi: { summary: ["mrn"], details: ["dob"] },
    });
    expect(JSON.stringify(answer)).not.toMatch(/12345678|1956/);
    expect(await db.ticket.count()).toBe(0);
    const redacted = await call(post({ ...phi, phiDecision: "redact" }), undefined);
    expect(redacted.status).toBe(201);
    expect((await redacted.json()).summary).toBe("Printer broken [redacted]");
  });

  it.each([
    ["no Content-Type", { type: null }, 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["a form body", { type: "application/x-www-form-urlencoded" }, 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["a declared length over 64 KB", { headers: { "Content-Length": String(64 * 1024 + 1) } }, 413, "PAYLOAD_TOO_LARGE"],
    ["broken JSON", { raw: '{"summary": ' }, 400, "BAD_REQUEST"],
    ["a JSON array", { raw: "[]" }, 400, "BAD_REQUEST"],
  ] as const)("answers %s with %i", async (_label, init, status, code) => {
    const { hospital, call } = await setup();
    const response = await call(post(body(hospital), init as Init), undefined);
    expect(response.status).toBe(status);
    expect((await response.json()).error.code).toBe(code);
  });

  it("counts the bytes that arrive when no length is declared, stopping past 64 KB", async () => {
    const { hospital, call } = await setup();
    const big = JSON.stringify(body(hospital, { details: "x".repeat(70 * 1024) }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(big);
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const response = await call(post(null, { raw: stream }), undefined);
    expect(response.status).toBe(413);
    const invalidJson = await call(post(null, { raw: "{\"a\": 1}" + "}" }), undefined);
    expect((await invalidJson.json()).errors).toEqual({ body: ["The body is not valid JSON."] });
  });

  it("hides unexpected errors behind an error id", async () => {
    const failing = apiRoute("test", async () => {
      throw new Error("duplicate key value (summary)=(Mr Smith)");
    });
    const response = await failing(new Request("http://localhost/"), undefined);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("Smith");
    expect(JSON.parse(text).error).toMatchObject({ code: "INTERNAL", errorId: expect.any(String) });
  });
});

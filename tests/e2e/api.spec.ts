// REST API v1 over real HTTP against the e2e server: every error code, filing with idempotent replay, reading
// and paging, the directory, the OpenAPI document, and tokens issued and revoked through the admin page.
// Tokens are inserted as rows (a service user plus the SHA-256 of a known plaintext), as the command would.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import type { TRole } from "../../src/domain/authz/roles";
import { DEMO_ACCOUNTS } from "./config";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

/** A live (or revoked) token acting as a fresh service user with `role`; returns the plaintext. */
async function insertToken(role: TRole, { revoked = false } = {}): Promise<string> {
  const token = `wd_${randomBytes(32).toString("base64url")}`;
  const name = `e2e ${role} ${randomUUID().slice(0, 8)}`;
  await query(
    `WITH admin AS (SELECT id FROM "User" WHERE email = $1),
          svc AS (INSERT INTO "User" (id, email, "displayName", role, "isService", "updatedAt")
                  VALUES (gen_random_uuid(), $2, $3, $4::"Role", true, now()) RETURNING id)
     INSERT INTO "ApiToken" (id, name, prefix, "tokenHash", "serviceUserId", "issuedById", "revokedAt")
     SELECT gen_random_uuid(), $3, $5, $6, svc.id, admin.id, $7 FROM svc, admin`,
    [DEMO_ACCOUNTS.ADMIN, `svc-${randomUUID()}@service.warddesk`, name, role, token.slice(0, 10), createHash("sha256").update(token).digest("hex"), revoked ? new Date() : null],
  );
  return token;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

type Refs = { categoryId: string; locationId: string };

async function references(request: APIRequestContext, token: string): Promise<Refs> {
  const categories = (await (await request.get("/api/v1/categories", { headers: bearer(token) })).json()).data;
  const locations = (await (await request.get("/api/v1/locations", { headers: bearer(token) })).json()).data;
  const room = locations.find((location: { kind: string }) => location.kind === "ROOM");
  return { categoryId: categories[0].id, locationId: room.id };
}

function ticketBody(refs: Refs, overrides: Record<string, unknown> = {}) {
  return { summary: "Label printer prints blank labels", details: "Since the roll was changed.", impact: "UNIT", urgency: "CARE_SLOWED", patientSafety: false, callbackNumber: "ext 4421", ...refs, ...overrides };
}

async function file(request: APIRequestContext, token: string, data: object, key: string = randomUUID()) {
  return request.post("/api/v1/tickets", { headers: { ...bearer(token), "Idempotency-Key": key }, data });
}

test("401 for no credentials, a wrong token, a malformed header and a revoked token, with WWW-Authenticate", async ({ request }) => {
  const revoked = await insertToken("REMOTE_AGENT", { revoked: true });
  const attempts = [{}, bearer(`wd_${randomBytes(32).toString("base64url")}`), { Authorization: "Basic dXNlcjpwYXNz" }, bearer(revoked)];
  for (const headers of attempts) {
    const response = await request.get("/api/v1/tickets", { headers });
    expect(response.status()).toBe(401);
    expect(response.headers()["www-authenticate"]).toContain("Bearer");
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
  }
});

test("201 with Location, idempotent replay 200, GET by id, and 404 for unknown, malformed or not-yours", async ({ request }) => {
  const agent = await insertToken("REMOTE_AGENT");
  const refs = await references(request, agent);
  const key = randomUUID();
  const created = await file(request, agent, ticketBody(refs), key);
  expect(created.status()).toBe(201);
  const ticket = await created.json();
  expect(created.headers()["location"]).toBe(`/api/v1/tickets/${ticket.id}`);
  // Auto-assignment gives it to whoever of its team is on shift now (ASSIGNED), else it waits in the queue (NEW).
  expect(ticket).toMatchObject({ number: expect.stringMatching(/^WD-\d{6}$/), status: expect.stringMatching(/^(NEW|ASSIGNED)$/), patientSafety: false, category: { id: refs.categoryId }, location: { id: refs.locationId, path: expect.stringContaining(" › ") } });
  expect(ticket).not.toHaveProperty("comments");

  const replay = await file(request, agent, ticketBody(refs), key);
  expect(replay.status()).toBe(200);
  expect((await replay.json()).id).toBe(ticket.id);

  const read = await request.get(`/api/v1/tickets/${ticket.id}`, { headers: bearer(agent) });
  expect(read.status()).toBe(200);
  expect(await read.json()).toEqual(ticket);

  const stranger = await insertToken("CLINICIAN");
  for (const [token, id] of [[agent, randomUUID()], [agent, "not-a-uuid"], [stranger, ticket.id]]) {
    const missing = await request.get(`/api/v1/tickets/${id}`, { headers: bearer(token!) });
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.code).toBe("NOT_FOUND");
  }
});

test("400 for field errors, bad JSON and a missing Idempotency-Key; 415 without JSON; 413 over 64 KB", async ({ request }) => {
  const agent = await insertToken("REMOTE_AGENT");
  const refs = await references(request, agent);
  const fields = await file(request, agent, ticketBody(refs, { summary: "", patientSafety: "yes", callbackNumber: "call me" }));
  expect(fields.status()).toBe(400);
  expect(Object.keys((await fields.json()).errors).sort()).toEqual(["callbackNumber", "patientSafety", "summary"]);

  // Raw bodies go as Buffers: Playwright would JSON-encode a string sent as application/json.
  const headers = { ...bearer(agent), "Idempotency-Key": randomUUID(), "Content-Type": "application/json" };
  const badJson = await request.post("/api/v1/tickets", { headers, data: Buffer.from('{"summary": "Printer') });
  expect(badJson.status()).toBe(400);
  expect((await badJson.json()).errors).toEqual({ body: ["The body is not valid JSON."] });

  const noKey = await request.post("/api/v1/tickets", { headers: bearer(agent), data: ticketBody(refs) });
  expect(noKey.status()).toBe(400);
  expect((await noKey.json()).errors.idempotencyKey).toEqual([expect.stringContaining("Idempotency-Key")]);

  const text = await request.post("/api/v1/tickets", { headers: { ...headers, "Content-Type": "text/plain" }, data: Buffer.from(JSON.stringify(ticketBody(refs))) });
  expect(text.status()).toBe(415);
  expect((await text.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");

  const huge = await request.post("/api/v1/tickets", { headers, data: Buffer.from(JSON.stringify(ticketBody(refs, { details: "x".repeat(65 * 1024) }))) });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
});

test("403 for a role without the permission, 409 for a key reused by someone else, 422 for patient data", async ({ request }) => {
  const admin = await insertToken("ADMIN");
  const agent = await insertToken("REMOTE_AGENT");
  const refs = await references(request, agent);
  const forbidden = await file(request, admin, ticketBody(refs));
  expect(forbidden.status()).toBe(403);
  expect((await forbidden.json()).error.code).toBe("FORBIDDEN");

  const key = randomUUID();
  expect((await file(request, agent, ticketBody(refs), key)).status()).toBe(201);
  const conflict = await file(request, await insertToken("ONSITE_TECH"), ticketBody(refs), key);
  expect(conflict.status()).toBe(409);
  expect((await conflict.json()).error.code).toBe("CONFLICT");

  const phi = await file(request, agent, ticketBody(refs, { summary: "Wristband printer jams, MRN 4455667" }));
  expect(phi.status()).toBe(422);
  const answer = await phi.json();
  expect(answer.errors).toEqual({ summary: ["Looks like patient data: a number that looks like a medical record number"] });
  expect(answer.phi).toEqual({ summary: ["mrn"] });
  expect(JSON.stringify(answer)).not.toContain("4455667");
});

test("429 with Retry-After once a token passes 120 requests a minute", async ({ request }) => {
  const token = await insertToken("CLINICIAN");
  const statuses: number[] = [];
  let retryAfter: string | undefined;
  for (let batch = 0; batch < 7 && !retryAfter; batch++) {
    const responses = await Promise.all(Array.from({ length: 20 }, () => request.get("/api/v1/categories", { headers: bearer(token) })));
    for (const response of responses) {
      statuses.push(response.status());
      if (response.status() === 429) retryAfter ??= response.headers()["retry-after"];
    }
  }
  expect(statuses.filter((status) => status === 200)).toHaveLength(120);
  expect(statuses).toContain(429);
  expect(Number(retryAfter)).toBeGreaterThan(0);
});

test("the list filters and pages by cursor, scoped to what the token may see", async ({ request }) => {
  const nurse = await insertToken("CLINICIAN");
  const refs = await references(request, nurse);
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await (await file(request, nurse, ticketBody(refs, { summary: `Scanner ${i} does not beep` }))).json()).id);
  const first = await (await request.get("/api/v1/tickets?limit=2", { headers: bearer(nurse) })).json();
  expect(first.data.map((ticket: { id: string }) => ticket.id)).toEqual([ids[2], ids[1]]);
  expect(first.nextCursor).toEqual(expect.any(String));
  const second = await (await request.get(`/api/v1/tickets?limit=2&cursor=${first.nextCursor}`, { headers: bearer(nurse) })).json();
  expect(second).toEqual({ data: [expect.objectContaining({ id: ids[0] })], nextCursor: null });

  const filtered = await request.get(`/api/v1/tickets?status=NEW,ASSIGNED,IN_PROGRESS&categoryId=${refs.categoryId}&locationId=${refs.locationId}`, { headers: bearer(nurse) });
  expect((await filtered.json()).data).toHaveLength(3);
  const none = await (await request.get("/api/v1/tickets?status=RESOLVED", { headers: bearer(nurse) })).json();
  expect(none).toEqual({ data: [], nextCursor: null });
  const bad = await request.get("/api/v1/tickets?status=DONE&limit=0&cursor=xyz", { headers: bearer(nurse) });
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).errors).sort()).toEqual(["limit", "status"]);
});

test("categories and locations list the directory with parent ids", async ({ request }) => {
  const token = await insertToken("CLINICIAN");
  const categories = (await (await request.get("/api/v1/categories", { headers: bearer(token) })).json()).data;
  expect(categories.length).toBeGreaterThan(10);
  expect(categories[0]).toEqual({ id: expect.any(String), name: expect.any(String), description: expect.any(String), parentId: null, mode: expect.stringMatching(/^(ONSITE|REMOTE)$/) });
  const locations = (await (await request.get("/api/v1/locations", { headers: bearer(token) })).json()).data;
  expect(locations.some((location: { kind: string }) => location.kind === "ROOM")).toBe(true);
  for (const list of [categories, locations] as { id: string; parentId: string | null }[][]) {
    const seen = new Set<string>();
    for (const item of list) {
      if (item.parentId !== null) expect(seen.has(item.parentId)).toBe(true); // parents come first
      seen.add(item.id);
    }
  }
});

test("openapi.json is public OpenAPI 3.1 with every path and schema", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths).sort()).toEqual(["/categories", "/locations", "/tickets", "/tickets/{id}", "/tickets/{id}/claim", "/tickets/{id}/status"]);
  expect(Object.keys(document.paths["/tickets"])).toEqual(["get", "post"]);
  expect(document.components.schemas.TicketInput.required).toContain("patientSafety");
  expect(document.components.schemas.TicketPage.properties.data.items).toEqual({ $ref: "#/components/schemas/Ticket" });
});

test("a signed-in person's session cookie works on the API too", async ({ page, signInAs }) => {
  await signInAs("CLINICIAN");
  const response = await page.request.get("/api/v1/tickets");
  expect(response.status()).toBe(200);
  const page1 = await response.json();
  expect(Array.isArray(page1.data)).toBe(true);
  expect(page1).toHaveProperty("nextCursor");
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("an admin issues a token on the page, it works once copied, and revoking it locks it out", async ({ page, signInAs, request }) => {
  await signInAs("ADMIN");
  await page.goto("/admin");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens");
  const name = `Bed monitor ${randomUUID().slice(0, 6)}`;
  await page.getByRole("button", { name: "Issue token" }).click();
  await expect(page.getByText("Name the system that will use the token")).toBeVisible();
  await page.getByLabel("System name").fill(name);
  await page.getByLabel("Role").selectOption({ label: "Remote support agent" });
  await page.getByRole("button", { name: "Issue token" }).click();
  const token = await page.getByLabel("New token").inputValue();
  expect(token).toMatch(/^wd_[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(page);

  expect((await request.get("/api/v1/categories", { headers: bearer(token) })).status()).toBe(200);
  await page.reload();
  await expect(page.getByLabel("New token")).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(row).toContainText("Active");
  await row.locator("summary", { hasText: "Revoke" }).click();
  await row.getByRole("button", { name: "Yes, revoke it" }).click();
  await expect(row).toContainText("Revoked");
  expect((await request.get("/api/v1/categories", { headers: bearer(token) })).status()).toBe(401);
});

/** Puts the token's service user in the team of the ticket and leaves the ticket unassigned, ready to claim. */
async function readyToClaim(ticketId: string, tokens: string[]): Promise<void> {
  await query(`UPDATE "Ticket" SET "assigneeId" = NULL, status = 'NEW' WHERE id = $1`, [ticketId]);
  for (const token of tokens) {
    await query(
      `INSERT INTO "TeamMember" ("teamId", "userId")
       SELECT t."teamId", a."serviceUserId" FROM "Ticket" t, "ApiToken" a WHERE t.id = $1 AND a.prefix = $2`,
      [ticketId, token.slice(0, 10)],
    );
  }
}

test("claim and status: 200 with the ticket; the losing claim and a stale version get 409 with the fresh ticket", async ({ request }) => {
  const filer = await insertToken("REMOTE_AGENT");
  const filed = await (await file(request, filer, ticketBody(await references(request, filer)))).json();
  const techs = [await insertToken("ONSITE_TECH"), await insertToken("ONSITE_TECH")];
  await readyToClaim(filed.id, techs);

  const claims = await Promise.all(techs.map((token) => request.post(`/api/v1/tickets/${filed.id}/claim`, { headers: bearer(token) })));
  expect(claims.map((response) => response.status()).sort()).toEqual([200, 409]);
  const winnerIndex = claims.findIndex((response) => response.status() === 200);
  const won = await claims[winnerIndex]!.json();
  expect(won).toMatchObject({ id: filed.id, status: "ASSIGNED", assignee: { id: expect.any(String), name: expect.any(String) } });
  const lost = await claims[1 - winnerIndex]!.json();
  expect(lost.error).toEqual({ code: "CONFLICT", message: expect.stringContaining(`${won.assignee.name} took this ticket`) });
  expect(lost.ticket).toMatchObject({ id: filed.id, assignee: won.assignee, version: won.version });

  const winner = techs[winnerIndex]!;
  const moved = await request.post(`/api/v1/tickets/${filed.id}/status`, { headers: bearer(winner), data: { status: "IN_PROGRESS", version: won.version } });
  expect(moved.status()).toBe(200);
  expect(await moved.json()).toMatchObject({ status: "IN_PROGRESS", version: won.version + 1 });
  const stale = await request.post(`/api/v1/tickets/${filed.id}/status`, { headers: bearer(winner), data: { status: "RESOLVED", version: won.version } });
  expect(stale.status()).toBe(409);
  expect(stale.headers()["cache-control"]).toBe("no-store");
  const conflict = await stale.json();
  expect(conflict.error.code).toBe("CONFLICT");
  expect(conflict.ticket).toMatchObject({ id: filed.id, status: "IN_PROGRESS", version: won.version + 1 });
  const unknown = await request.post(`/api/v1/tickets/${randomUUID()}/claim`, { headers: bearer(winner) });
  expect(unknown.status()).toBe(404);
});

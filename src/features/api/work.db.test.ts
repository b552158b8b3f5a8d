import { describe, expect, it } from "vitest";
import type { Actor } from "@/domain/authz/actor";
import { db } from "@/server/db";
import { createStaff, workWorld } from "@/features/work/test-world";
import { apiRoute } from "./http";
import { openApiDocument } from "./openapi";
import { ZApiConflict, ZTicketResource } from "./schemas";
import { changeStatusFromApi, claimFromApi } from "./work";

// POST /api/v1/tickets/{id}/claim and /status below authentication (which needs Next's request scope; the
// route files only add requireApiActor): the commands, the 409 with the fresh ticket, and the error mapping.

const t0 = new Date("2026-11-30T15:00:00Z");

const claim = (actor: Actor, id: string) => apiRoute("test claim", async () => claimFromApi(actor, id, t0))(new Request("http://localhost/"), undefined);

function status(actor: Actor, id: string, body: unknown, type = "application/json") {
  const request = new Request(`http://localhost/api/v1/tickets/${id}/status`, { method: "POST", headers: { "Content-Type": type }, body: JSON.stringify(body), duplex: "half" } as RequestInit);
  return apiRoute("test status", async (req: Request) => changeStatusFromApi(actor, id, req, t0))(request, undefined);
}

describe("POST /api/v1/tickets/{id}/claim", () => {
  it("answers 200 with the claimed ticket, then 409 with the fresh ticket and the winner's name to the next claimer", async () => {
    const { tech, teammate, ticket } = await workWorld();
    const won = await claim(tech, ticket.id);
    expect(won.status).toBe(200);
    expect(won.headers.get("cache-control")).toBe("no-store");
    const body = ZTicketResource.strict().parse(await won.json());
    expect(body).toMatchObject({ id: ticket.id, status: "ASSIGNED", assignee: { id: tech.userId, name: tech.displayName }, version: ticket.version + 1 });

    const lost = await claim(teammate, ticket.id);
    expect(lost.status).toBe(409);
    const conflict = ZApiConflict.parse(await lost.json());
    expect(conflict.error.message).toContain(`${tech.displayName} took this ticket`);
    expect(conflict.ticket).toMatchObject({ id: ticket.id, assignee: { id: tech.userId }, version: ticket.version + 1 });
  });

  it("answers 404 for a malformed id and for another team's ticket, 422 for a fixed one", async () => {
    const { tech, outsider, ticket } = await workWorld();
    expect((await claim(tech, "not-a-uuid")).status).toBe(404);
    expect((await claim(outsider, ticket.id)).status).toBe(404);
    await db.ticket.update({ where: { id: ticket.id }, data: { status: "RESOLVED" } });
    const fixed = await claim(tech, ticket.id);
    expect(fixed.status).toBe(422);
    expect(await fixed.json()).toEqual({ error: { code: "INVALID", message: "This ticket is already fixed." } });
  });

  it("of 10 simultaneous API claims exactly one answers 200, nine 409 with the same owner", async () => {
    const { hospital, ticket } = await workWorld();
    const techs = await createStaff(10, "ONSITE_TECH", hospital.onsiteTeam.id, "Api");
    const responses = await Promise.all(techs.map((actor) => claim(actor, ticket.id)));
    expect(responses.map((response) => response.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    type Body = { assignee?: { id: string }; ticket?: { assignee: { id: string } } };
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as Body[];
    const owners = new Set(bodies.map((body) => body.assignee?.id ?? body.ticket?.assignee.id));
    expect(owners.size).toBe(1);
  });
});

describe("POST /api/v1/tickets/{id}/status", () => {
  it("moves the ticket and answers 200 with it; a stale version answers 409 with the fresh ticket", async () => {
    const { tech, ticket } = await workWorld();
    const moved = await status(tech, ticket.id, { status: "IN_PROGRESS", version: ticket.version });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ status: "IN_PROGRESS", version: ticket.version + 1, firstResponseAt: t0.toISOString() });

    const stale = await status(tech, ticket.id, { status: "RESOLVED", version: ticket.version });
    expect(stale.status).toBe(409);
    const conflict = ZApiConflict.parse(await stale.json());
    expect(conflict.error).toEqual({ code: "CONFLICT", message: expect.stringContaining("Someone updated this ticket") });
    expect(conflict.ticket).toMatchObject({ id: ticket.id, status: "IN_PROGRESS", version: ticket.version + 1 });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe("IN_PROGRESS");
  });

  it("answers 400 for a bad body, 415 for another type, 422 for a move the state machine forbids, 404 outside the teams", async () => {
    const { tech, outsider, ticket } = await workWorld();
    const bad = await status(tech, ticket.id, { status: "DONE", version: "1" });
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { errors: object }).errors).sort()).toEqual(["status", "version"]);
    expect((await status(tech, ticket.id, { status: "IN_PROGRESS", version: 1 }, "text/plain")).status).toBe(415);
    const forbidden = await status(tech, ticket.id, { status: "CLOSED", version: ticket.version });
    expect(forbidden.status).toBe(422);
    expect(await forbidden.json()).toMatchObject({ errors: { status: [expect.stringContaining("cannot be moved")] } });
    expect((await status(outsider, ticket.id, { status: "IN_PROGRESS", version: ticket.version })).status).toBe(404);
  });
});

describe("OpenAPI", () => {
  it("documents claim and status with their 409 conflict body", () => {
    const document = openApiDocument() as { paths: Record<string, { post: { responses: Record<string, unknown>; requestBody?: unknown } }>; components: { schemas: Record<string, unknown> } };
    const claimOp = document.paths["/tickets/{id}/claim"]!.post;
    const statusOp = document.paths["/tickets/{id}/status"]!.post;
    expect(claimOp.responses["409"]).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/Conflict" } } } });
    expect(statusOp.requestBody).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/StatusChange" } } } });
    expect(document.components.schemas.Conflict).toMatchObject({ properties: { ticket: { $ref: "#/components/schemas/Ticket" } } });
    expect(document.components.schemas.StatusChange).toMatchObject({ required: ["status", "version"] });
  });
});

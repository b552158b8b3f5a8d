import { apiRoute, invalid, json } from "@/features/api/http";
import { requireApiActor } from "@/features/api/authenticate";
import { fileTicketFromApi } from "@/features/api/file-ticket";
import { apiTickets } from "@/features/api/queries";
import { recordAccess } from "@/features/audit/record-access";
import { ZTicketListQuery } from "@/features/api/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute("GET /api/v1/tickets", async (request) => {
  const actor = await requireApiActor(request, "ticket:read");
  const query = ZTicketListQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw invalid(query.error);
  const page = await apiTickets(actor, query.data);
  // Which tickets were read, by id: a bulk export through the API must leave the same trail as page views.
  await recordAccess(actor, { action: "ticket.listed", entityType: "Ticket", details: { count: page.data.length, ids: page.data.map((t) => t.id).join(",") } });
  return json(page);
});

export const POST = apiRoute("POST /api/v1/tickets", async (request) => {
  const now = new Date();
  const actor = await requireApiActor(request, "ticket:create", now);
  const { replay, ticket } = await fileTicketFromApi(actor, request, now);
  // A replay (same Idempotency-Key, same caller) answers 200 with the ticket the first request made.
  return json(ticket, replay ? 200 : 201, { Location: `/api/v1/tickets/${ticket.id}` });
});

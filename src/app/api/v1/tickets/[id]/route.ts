import { z } from "zod";
import { apiRoute, json } from "@/features/api/http";
import { requireApiActor } from "@/features/api/authenticate";
import { apiTicket } from "@/features/api/queries";
import { recordAccess } from "@/features/audit/record-access";
import { AppError } from "@/server/errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute<Context>("GET /api/v1/tickets/[id]", async (request, { params }) => {
  const actor = await requireApiActor(request, "ticket:read");
  const { id } = await params;
  // Malformed, unknown and not-yours get the same 404: the answer never confirms that a ticket exists.
  const ticket = z.uuid().safeParse(id).success ? await apiTicket(actor, id) : null;
  if (!ticket) throw new AppError("NOT_FOUND", "No ticket with that id that you may see.");
  await recordAccess(actor, { action: "ticket.viewed", entityType: "Ticket", entityId: ticket.id });
  return json(ticket);
});

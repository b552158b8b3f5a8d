import { z } from "zod";
import type { Actor } from "@/domain/authz/actor";
import { AppError } from "@/server/errors";
import { changeTicketStatus } from "@/features/work/commands/change-status";
import { claimTicket } from "@/features/work/commands/claim-ticket";
import { invalid, json, readJsonBody } from "./http";
import { apiTicket } from "./queries";
import { ZApiChangeStatus } from "./schemas";

// Working a ticket through the API: the same commands the pages use. A change made against an old version
// (or a claim someone else won) answers 409 with the ticket as it is now, so the caller retries from the truth.

const NOT_FOUND = "No ticket with that id that you may work on.";

/** POST /api/v1/tickets/{id}/claim */
export async function claimFromApi(actor: Actor, ticketId: string, now: Date): Promise<Response> {
  if (!z.uuid().safeParse(ticketId).success) throw new AppError("NOT_FOUND", NOT_FOUND);
  return afterChange(actor, ticketId, () => claimTicket({ actor, ticketId, now }));
}

/** POST /api/v1/tickets/{id}/status with `{ "status": "...", "version": n }` */
export async function changeStatusFromApi(actor: Actor, ticketId: string, request: Request, now: Date): Promise<Response> {
  if (!z.uuid().safeParse(ticketId).success) throw new AppError("NOT_FOUND", NOT_FOUND);
  const input = ZApiChangeStatus.safeParse(await readJsonBody(request));
  if (!input.success) throw invalid(input.error);
  return afterChange(actor, ticketId, () => changeTicketStatus({ actor, input: { ticketId, ...input.data }, now }));
}

async function afterChange(actor: Actor, ticketId: string, change: () => Promise<unknown>): Promise<Response> {
  try {
    await change();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "CONFLICT") throw error;
    const ticket = await apiTicket(actor, ticketId);
    if (!ticket) throw error;
    return json({ error: { code: "CONFLICT", message: error.message }, ticket }, 409);
  }
  const ticket = await apiTicket(actor, ticketId);
  // Whoever may work on a ticket may read it (ticketsWorkableBy is inside ticketsFullyVisibleTo for staff).
  if (!ticket) throw new Error("changed ticket is not visible to the one who changed it");
  return json(ticket);
}

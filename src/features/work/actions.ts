"use server";

import { requireActor } from "@/server/auth";
import { claimTicket } from "./commands/claim-ticket";
import { failedWork, refresh } from "./form-result";
import { ZTicketRef, type WorkFormState } from "./schemas";

// Working a ticket, from a queue row or the ticket page. Expected failures come back as words (a lost claim
// says who won); a conflict re-renders the pages so the latest state is on screen.

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function claimAction(_previous: WorkFormState, form: FormData): Promise<WorkFormState> {
  const ticketId = text(form, "ticketId");
  try {
    const actor = await requireActor("ticket:claim");
    const input = ZTicketRef.safeParse({ ticketId, version: form.get("version") || 1 });
    if (!input.success) return { status: "error", message: "This page is out of date. Reload it and try again." };
    const result = await claimTicket({ actor, ticketId: input.data.ticketId, now: new Date() });
    refresh(ticketId);
    return { status: "done", message: "It's yours.", version: result.version };
  } catch (error) {
    return failedWork(error, "claim-ticket", ticketId);
  }
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/server/auth";
import { AppError, logUnexpectedError } from "@/server/errors";
import { needsHandsOnSite } from "./commands/needs-hands-on-site";
import { retriageTicket } from "./commands/retriage-ticket";
import { ZChangeStatus, ZHandsOnSite, ZRetriage, type RetriageFormState } from "./schemas";
import { changeTicketStatus } from "@/features/work/commands/change-status";
import { STATUS_WORDS } from "@/domain/tickets/status";

// The "For IT staff" forms on the ticket page. Expected failures come back as words on the form with what was
// typed kept; a conflict re-renders the page so the latest ticket is on screen.

type Values = Record<string, string>;

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

function invalid(error: z.ZodError, values: Values): RetriageFormState {
  const fields = z.flattenError(error).fieldErrors as Record<string, string[]>;
  const message = fields.ticketId || fields.version ? "This page is out of date. Reload it and try again." : undefined;
  return { status: "error", message, fields, values };
}

function failed(error: unknown, values: Values, context: string, ticketId: string): RetriageFormState {
  if (error instanceof AppError) {
    if (error.code === "CONFLICT") revalidatePath(`/tickets/${ticketId}`);
    const message = error.code === "UNAUTHENTICATED" ? "You were signed out. Sign in again in another tab, then send this again." : error.message;
    return { status: "error", message: error.fields ? undefined : message, fields: error.fields, values };
  }
  const errorId = logUnexpectedError(error, context);
  return { status: "error", message: `Something went wrong on our side (error ${errorId}). Please try again.`, values };
}

function refresh(ticketId: string): void {
  revalidatePath(`/tickets/${ticketId}`);
  revalidatePath("/tickets");
}

export async function retriageAction(_previous: RetriageFormState, form: FormData): Promise<RetriageFormState> {
  const values = { priority: text(form, "priority"), teamId: text(form, "teamId"), mode: text(form, "mode"), reason: text(form, "reason") };
  const ticketId = text(form, "ticketId");
  try {
    const actor = await requireActor("ticket:retriage");
    const input = ZRetriage.safeParse({
      ticketId, version: form.get("version"), reason: values.reason,
      priority: values.priority || undefined, teamId: values.teamId || undefined, mode: values.mode || undefined,
    });
    if (!input.success) return invalid(input.error, values);
    await retriageTicket({ actor, input: input.data, now: new Date() });
    refresh(ticketId);
    return { status: "done", message: "Saved. The ticket has been updated.", values: { reason: "" } };
  } catch (error) {
    return failed(error, values, "retriage-ticket", ticketId);
  }
}

export async function handsOnSiteAction(_previous: RetriageFormState, form: FormData): Promise<RetriageFormState> {
  const values = { note: text(form, "note") };
  const ticketId = text(form, "ticketId");
  try {
    const actor = await requireActor("ticket:retriage");
    const input = ZHandsOnSite.safeParse({ ticketId, version: form.get("version"), note: values.note });
    if (!input.success) return invalid(input.error, values);
    const result = await needsHandsOnSite({ actor, input: input.data, now: new Date() });
    refresh(ticketId);
    return { status: "done", message: `Sent to ${result.teamName}.`, values: { note: "" } };
  } catch (error) {
    return failed(error, values, "needs-hands-on-site", ticketId);
  }
}

export async function changeStatusAction(_previous: RetriageFormState, form: FormData): Promise<RetriageFormState> {
  const values = { status: text(form, "status") };
  const ticketId = text(form, "ticketId");
  try {
    const actor = await requireActor("ticket:transition");
    const input = ZChangeStatus.safeParse({ ticketId, version: form.get("version"), status: values.status || undefined });
    if (!input.success) return invalid(input.error, values);
    await changeTicketStatus({ actor, input: input.data, now: new Date() });
    refresh(ticketId);
    return { status: "done", message: `Saved: ${STATUS_WORDS[input.data.status]}.`, values: { status: "" } };
  } catch (error) {
    return failed(error, values, "change-status", ticketId);
  }
}

"use server";

import { requireActor } from "@/server/auth";
import { addInternalNote } from "./commands/add-internal-note";
import { assignTicket } from "./commands/assign-ticket";
import { claimTicket } from "./commands/claim-ticket";
import { recordDispatchStep } from "./commands/dispatch-step";
import { linkIncident } from "./commands/link-incident";
import { mergeTicket } from "./commands/merge-ticket";
import { DISPATCH_DONE_WORDS } from "./dispatch";
import { failedWork, invalidWork, refresh } from "./form-result";
import { ZAssignTicket, ZDispatchStep, ZInternalNote, ZLinkIncident, ZMergeTicket, ZTicketRef, type WorkFormState } from "./schemas";

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

export async function assignAction(_previous: WorkFormState, form: FormData): Promise<WorkFormState> {
  const ticketId = text(form, "ticketId");
  const values = { assigneeId: text(form, "assigneeId") };
  try {
    const actor = await requireActor("ticket:assign");
    const input = ZAssignTicket.safeParse({ ticketId, version: form.get("version"), assigneeId: values.assigneeId });
    if (!input.success) return invalidWork(input.error, values);
    const result = await assignTicket({ actor, input: input.data, now: new Date() });
    refresh(ticketId);
    return { status: "done", message: input.data.assigneeId ? "Assigned." : "Handed back to the team.", version: result.version };
  } catch (error) {
    return failedWork(error, "assign-ticket", ticketId, values);
  }
}

export async function dispatchAction(_previous: WorkFormState, form: FormData): Promise<WorkFormState> {
  const ticketId = text(form, "ticketId");
  try {
    const actor = await requireActor("ticket:transition");
    const input = ZDispatchStep.safeParse({ ticketId, version: form.get("version"), step: form.get("step") });
    if (!input.success) return invalidWork(input.error);
    const result = await recordDispatchStep({ actor, input: input.data, now: new Date() });
    refresh(ticketId);
    return { status: "done", message: `Saved: ${DISPATCH_DONE_WORDS[input.data.step]}.`, version: result.version };
  } catch (error) {
    return failedWork(error, "dispatch-step", ticketId);
  }
}

export async function internalNoteAction(_previous: WorkFormState, form: FormData): Promise<WorkFormState> {
  const ticketId = text(form, "ticketId");
  const values = { body: text(form, "body") };
  try {
    const actor = await requireActor("ticket:comment:internal");
    const input = ZInternalNote.safeParse({ ticketId, version: form.get("version"), body: values.body });
    if (!input.success) return invalidWork(input.error, values);
    const result = await addInternalNote({ actor, input: input.data, now: new Date() });
    refresh(ticketId);
    return { status: "done", message: "Note saved. Only IT can read it.", values: { body: "" }, version: result.version };
  } catch (error) {
    return failedWork(error, "add-internal-note", ticketId, values);
  }
}

export async function linkIncidentAction(_previous: WorkFormState, form: FormData): Promise<WorkFormState> {
  const ticketId = text(form, "ticketId");
  const values = { incidentId: text(form, "incidentId") };
  try {
    const actor = await requireActor("outage:confirm");
    const input = ZLinkIncident.safeParse({ ticketId, version: form.get("version"), incidentId: values.incidentId });
    if (!input.success) return invalidWork(input.error, values);
    const result = await linkIncident({ actor, input: input.data, now: new Date() });
    refresh(ticketId);
    return { status: "done", message: `Linked to the outage "${result.title}".`, version: result.version };
  } catch (error) {
    return failedWork(error, "link-incident", ticketId, values);
  }
}

export async function mergeAction(_previous: WorkFormState, form: FormData): Promise<WorkFormState> {
  const ticketId = text(form, "ticketId");
  const values = { intoNumber: text(form, "intoNumber") };
  try {
    const actor = await requireActor("ticket:transition");
    const input = ZMergeTicket.safeParse({ ticketId, version: form.get("version"), intoNumber: values.intoNumber });
    if (!input.success) return invalidWork(input.error, values);
    const result = await mergeTicket({ actor, input: input.data, now: new Date() });
    refresh(ticketId);
    return { status: "done", message: `Merged into ${result.intoNumber}. This ticket is now closed.`, values: { intoNumber: "" }, version: result.version };
  } catch (error) {
    return failedWork(error, "merge-ticket", ticketId, values);
  }
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { PHI_KIND_WORDS, type PhiFinding } from "@/domain/phi/detect";
import { ATTACHMENT_MAX_BYTES, FILE_SIZE_MESSAGE } from "@/domain/tickets/file-type";
import { requireActor } from "@/server/auth";
import { AppError, logUnexpectedError } from "@/server/errors";
import { addAttachment } from "./commands/add-attachment";
import { addComment, type AddCommentResult } from "./commands/add-comment";
import { confirmResolution } from "./commands/confirm-resolution";
import { reopenTicket, type ReopenResult } from "./commands/reopen-ticket";
import { ZAddComment, ZReopenTicket, ZTicketRef, ZTicketVersion, type PhiFindingView, type TicketFormState } from "./schemas";

// The ticket page's forms. Each parses, calls its command and re-renders the page; expected failures come
// back as words on the form with everything typed kept, never as an error page.

type Values = Record<string, string>;

function invalid(error: z.ZodError, values: Values): TicketFormState {
  const fields = z.flattenError(error).fieldErrors as Record<string, string[]>;
  // The ticket id and version are not fields a person can fix; a bad one means the page itself is wrong.
  const message = fields.ticketId || fields.version ? "This page is out of date. Reload it and try again." : undefined;
  return { status: "error", message, fields, values };
}

function failed(error: unknown, values: Values, context: string, ticketId?: unknown): TicketFormState {
  if (error instanceof AppError) {
    // A conflict means the page showed an older ticket: re-render it so the latest is on screen.
    if (error.code === "CONFLICT" && typeof ticketId === "string") revalidatePath(`/tickets/${ticketId}`);
    const message = error.code === "UNAUTHENTICATED" ? "You were signed out. Sign in again in another tab, then send this again." : error.message;
    return { status: "error", message: error.fields ? undefined : message, fields: error.fields, values };
  }
  const errorId = logUnexpectedError(error, context);
  return { status: "error", message: `Something went wrong on our side (error ${errorId}). Please try again.`, values };
}

const findingsView = (findings: PhiFinding[]): PhiFindingView[] =>
  findings.map((finding) => ({ kind: finding.kind, words: PHI_KIND_WORDS[finding.kind], text: finding.text }));

function refresh(ticketId: string): void {
  revalidatePath(`/tickets/${ticketId}`);
  revalidatePath("/tickets");
}

/**
 * What a message form gets back from a PHI-guarded command: stopped, the text comes back with the findings
 * (nothing was stored); sent, the page re-renders and the box is emptied for the next message.
 */
function messageOutcome(result: AddCommentResult | ReopenResult, ticketId: string, values: Values, sent: string): TicketFormState {
  if (result.kind === "phi_found") return { status: "phi_found", values, findings: findingsView(result.findings) };
  refresh(ticketId);
  return { status: "done", message: sent, values: Object.fromEntries(Object.keys(values).map((name) => [name, ""])) };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function addCommentAction(_previous: TicketFormState, form: FormData): Promise<TicketFormState> {
  const values = { body: text(form, "body") };
  try {
    const actor = await requireActor("ticket:comment:public");
    const input = ZAddComment.safeParse({ ticketId: form.get("ticketId"), body: values.body, phiDecision: form.get("phiDecision") || undefined });
    if (!input.success) return invalid(input.error, values);
    const result = await addComment({ actor, input: input.data, now: new Date() });
    return messageOutcome(result, input.data.ticketId, values, "Message sent.");
  } catch (error) {
    return failed(error, values, "add-comment", form.get("ticketId"));
  }
}

export async function addAttachmentAction(_previous: TicketFormState, form: FormData): Promise<TicketFormState> {
  try {
    const actor = await requireActor("ticket:attach");
    const ref = ZTicketRef.safeParse({ ticketId: form.get("ticketId") });
    if (!ref.success) return invalid(ref.error, {});
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return { status: "error", fields: { file: ["Choose a file first."] } };
    // Refused before reading it into memory.
    if (file.size > ATTACHMENT_MAX_BYTES) return { status: "error", fields: { file: [FILE_SIZE_MESSAGE] } };
    const content = new Uint8Array(await file.arrayBuffer());
    await addAttachment({ actor, input: { ticketId: ref.data.ticketId, fileName: file.name, content }, now: new Date() });
    refresh(ref.data.ticketId);
    return { status: "done", message: "File added." };
  } catch (error) {
    return failed(error, {}, "add-attachment", form.get("ticketId"));
  }
}

export async function confirmResolutionAction(_previous: TicketFormState, form: FormData): Promise<TicketFormState> {
  let ticketId: string;
  try {
    const actor = await requireActor("ticket:read:own");
    const input = ZTicketVersion.safeParse({ ticketId: form.get("ticketId"), version: form.get("version") });
    if (!input.success) return invalid(input.error, {});
    await confirmResolution({ actor, input: input.data, now: new Date() });
    refresh(input.data.ticketId);
    ticketId = input.data.ticketId;
  } catch (error) {
    return failed(error, {}, "confirm-resolution", form.get("ticketId"));
  }
  // The page redraws without this form (the ticket is closed): the thanks travels with the address instead.
  redirect(`/tickets/${ticketId}?confirmed=1`);
}

export async function reopenTicketAction(_previous: TicketFormState, form: FormData): Promise<TicketFormState> {
  const values = { reason: text(form, "reason") };
  let reopenedId: string;
  try {
    const actor = await requireActor("ticket:read:own");
    const input = ZReopenTicket.safeParse({
      ticketId: form.get("ticketId"),
      version: form.get("version"),
      reason: values.reason,
      phiDecision: form.get("phiDecision") || undefined,
    });
    if (!input.success) return invalid(input.error, values);
    const result = await reopenTicket({ actor, input: input.data, now: new Date() });
    if (result.kind === "phi_found") return messageOutcome(result, input.data.ticketId, values, "");
    refresh(input.data.ticketId);
    reopenedId = input.data.ticketId;
  } catch (error) {
    return failed(error, values, "reopen-ticket", form.get("ticketId"));
  }
  redirect(`/tickets/${reopenedId}?reopened=1`);
}

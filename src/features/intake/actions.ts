"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Actor } from "@/domain/authz/actor";
import type { Permission } from "@/domain/authz/permissions";
import { PHI_KIND_WORDS } from "@/domain/phi/detect";
import { requireActor } from "@/server/auth";
import { AppError, logUnexpectedError } from "@/server/errors";
import { fileTicket, type PhiFindings } from "@/features/tickets/commands/file-ticket";
import { ZFileTicket } from "@/features/tickets/schemas";
import { joinTicket } from "./commands/join-ticket";
import { similarOpenTickets } from "./queries";
import {
  fileTicketInputFrom,
  intakeValuesFrom,
  ZJoinTicket,
  ZKnownProblemsQuery,
  type IntakeFieldErrors,
  type IntakeState,
  type IntakeValues,
  type JoinState,
  type PhiNotice,
  type SimilarTicket,
} from "./schemas";

/** The actor, or the words to show instead (a nurse whose session timed out keeps what she typed). */
async function actorOrMessage(permission: Permission): Promise<Actor | string> {
  try {
    return await requireActor(permission);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
      return "You were signed out for safety. Copy your text, sign in again in a new tab, then send it from here.";
    }
    if (error instanceof AppError) return error.message;
    throw error;
  }
}

function failure(error: unknown, values: IntakeValues, attempt: number): IntakeState {
  if (error instanceof AppError) {
    return { status: "error", attempt, values, message: error.message, fields: error.fields as IntakeFieldErrors | undefined };
  }
  const errorId = logUnexpectedError(error, "file-ticket");
  return { status: "error", attempt, values, message: `Something went wrong on our side (error ${errorId}). Nothing was sent; please try again.` };
}

function phiNotices(findings: PhiFindings): PhiNotice[] {
  return (["summary", "details"] as const).flatMap((field) =>
    findings[field].map((finding) => ({ field, kind: finding.kind, words: PHI_KIND_WORDS[finding.kind], text: finding.text })),
  );
}

// Each field's findings also sit beside the field itself, so they can be found from there.
function phiFieldErrors(notices: readonly PhiNotice[]): IntakeFieldErrors {
  const fields: IntakeFieldErrors = {};
  for (const notice of notices) {
    (fields[notice.field] ??= []).push(`Remove “${notice.text}” (${notice.words}).`);
  }
  return fields;
}

/**
 * The intake form's one action. intent=check (the "Check for known problems" button for browsers without
 * JavaScript) only looks for similar open tickets; anything else files the ticket. Every answer carries the
 * values back, so nothing typed is lost.
 */
export async function fileTicketAction(previous: IntakeState, form: FormData): Promise<IntakeState> {
  const values = intakeValuesFrom(form);
  const attempt = previous.attempt + 1;
  const actor = await actorOrMessage("ticket:create");
  if (typeof actor === "string") return { status: "error", attempt, values, message: actor };
  if (form.get("intent") === "check") return checkKnownProblems(actor, values, attempt);

  const input = ZFileTicket.safeParse(fileTicketInputFrom(values, form.get("phiDecision")));
  if (!input.success) {
    return { status: "error", attempt, values, fields: z.flattenError(input.error).fieldErrors as IntakeFieldErrors };
  }
  let ticketId: string;
  try {
    const result = await fileTicket({ actor, input: input.data, now: new Date() });
    if (result.kind === "phi_found") {
      const phi = phiNotices(result.findings);
      return { status: "phi_found", attempt, values, phi, fields: phiFieldErrors(phi) };
    }
    ticketId = result.ticket.id;
  } catch (error) {
    return failure(error, values, attempt);
  }
  revalidatePath("/tickets");
  redirect(`/tickets/${ticketId}?filed=1`);
}

async function checkKnownProblems(actor: Actor, values: IntakeValues, attempt: number): Promise<IntakeState> {
  const query = ZKnownProblemsQuery.safeParse(values);
  if (!query.success) {
    return { status: "error", attempt, values, fields: z.flattenError(query.error).fieldErrors as IntakeFieldErrors };
  }
  const similar = await similarOpenTickets(actor, { ...query.data, now: new Date() });
  return { status: "checked", attempt, values, similar };
}

/** Similar open tickets for the form to offer as the nurse picks a category and a location. */
export async function knownProblemsAction(query: { categoryId: string; locationId: string }): Promise<SimilarTicket[]> {
  const parsed = ZKnownProblemsQuery.safeParse(query);
  if (!parsed.success) return [];
  const actor = await actorOrMessage("ticket:create");
  if (typeof actor === "string") return [];
  return similarOpenTickets(actor, { ...parsed.data, now: new Date() });
}

/** "This affects me too": joins the ticket and opens it; a refusal comes back in words. */
export async function joinTicketAction(_previous: JoinState, form: FormData): Promise<JoinState> {
  const actor = await actorOrMessage("ticket:join");
  if (typeof actor === "string") return { message: actor };
  const input = ZJoinTicket.safeParse({
    ticketId: form.get("ticketId"),
    categoryId: form.get("categoryId"),
    locationId: form.get("locationId") ?? undefined,
  });
  if (!input.success) return { message: "We could not find that problem. Please report it as a new one." };
  let ticketId: string;
  try {
    ({ ticketId } = await joinTicket({ actor, ...input.data, nearLocationId: input.data.locationId, now: new Date() }));
  } catch (error) {
    if (error instanceof AppError) return { message: error.message };
    return { message: `Something went wrong on our side (error ${logUnexpectedError(error, "join-ticket")}). Please try again.` };
  }
  revalidatePath("/tickets");
  redirect(`/tickets/${ticketId}?joined=1`);
}

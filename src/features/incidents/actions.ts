"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor, requireActionActor } from "@/server/auth";
import { roleHasPermission } from "@/domain/authz/authorize";
import { AppError } from "@/server/errors";
import { confirmMajorIncident } from "./commands/confirm-major-incident";
import { resolveMajorIncident } from "./commands/resolve-major-incident";
import { knownIssueFor } from "./queries";
import type { MatchingIncident } from "./match";
import { ZConfirmIncident, ZKnownIssueQuery, ZResolveIncident, type ConfirmIncidentState } from "./schemas";

const PAGE = "/incidents";
const NOT_CONFIRMED = "The outage was not confirmed. Check the fields below.";

export async function confirmIncidentAction(_previous: ConfirmIncidentState, form: FormData): Promise<ConfirmIncidentState> {
  const actor = await requireActionActor("outage:confirm", PAGE);
  const values = { title: String(form.get("title") ?? ""), publicMessage: String(form.get("publicMessage") ?? "") };
  const input = ZConfirmIncident.safeParse({ ...values, ticketIds: form.getAll("ticketIds").map(String) });
  if (!input.success) {
    const fields = z.flattenError(input.error).fieldErrors as ConfirmIncidentState["fields"];
    return { status: "error", message: NOT_CONFIRMED, fields, values };
  }
  let linked: number;
  try {
    ({ linked } = await confirmMajorIncident({ actor, input: input.data, now: new Date() }));
    revalidatePath(PAGE);
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return { status: "error", message: error.message, values };
    throw error;
  }
  redirect(`${PAGE}?confirmed=${linked}`);
}

export async function resolveIncidentAction(form: FormData): Promise<void> {
  const actor = await requireActionActor("outage:confirm", PAGE);
  const input = ZResolveIncident.safeParse({ incidentId: form.get("incidentId") });
  // The id comes from our own hidden field; a bad one means a tampered form.
  if (!input.success) return;
  try {
    await resolveMajorIncident({ actor, input: input.data, now: new Date() });
  } catch (error) {
    // Someone else resolved it first: the page reloads and shows that.
    if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
  }
  revalidatePath(PAGE);
}

/** For the intake form: the outage the chosen problem and place belong to, if any. Only a hint, so it never throws. */
export async function knownIssueAction(query: { categoryId: string; locationId: string }): Promise<MatchingIncident | null> {
  const parsed = ZKnownIssueQuery.safeParse(query);
  if (!parsed.success) return null;
  const actor = await getActor();
  if (!actor || !roleHasPermission(actor.role, "ticket:create")) return null;
  return knownIssueFor(actor, parsed.data);
}

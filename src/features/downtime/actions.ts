"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActionActor } from "@/server/auth";
import { AppError } from "@/server/errors";
import { declareDowntime } from "./commands/declare-downtime";
import { endDowntime } from "./commands/end-downtime";
import { ZDeclareDowntime, ZEndDowntime, type DeclareDowntimeState } from "./schemas";

const PAGE = "/downtime";
const NOT_DECLARED = "The downtime was not declared. Check the fields below.";

export async function declareDowntimeAction(_previous: DeclareDowntimeState, form: FormData): Promise<DeclareDowntimeState> {
  const actor = await requireActionActor("outage:declare", PAGE);
  const values = {
    title: String(form.get("title") ?? ""),
    message: String(form.get("message") ?? ""),
    campusIds: form.getAll("campusIds").map(String),
  };
  const input = ZDeclareDowntime.safeParse(values);
  if (!input.success) {
    const fields = z.flattenError(input.error).fieldErrors as DeclareDowntimeState["fields"];
    return { status: "error", message: NOT_DECLARED, fields, values };
  }
  try {
    await declareDowntime({ actor, input: input.data, now: new Date() });
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return { status: "error", message: NOT_DECLARED, fields: error.fields, values };
    throw error;
  }
  // The banner is in the shared layout of every signed-in page.
  revalidatePath("/", "layout");
  return { status: "declared", message: `Downtime declared: ${input.data.title}. Everyone affected now sees it at the top of every page.` };
}

export async function endDowntimeAction(form: FormData): Promise<void> {
  const actor = await requireActionActor("outage:declare", PAGE);
  const input = ZEndDowntime.safeParse({ downtimeId: form.get("downtimeId") });
  // The id comes from our own hidden field; a bad one means a tampered form, and there is nothing to end.
  if (!input.success) return;
  await endDowntime({ actor, input: input.data, now: new Date() });
  revalidatePath("/", "layout");
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActionActor } from "@/server/auth";
import { AppError, logUnexpectedError } from "@/server/errors";
import { deleteQueueView } from "./commands/delete-view";
import { saveQueueView } from "./commands/save-view";
import { ZDeleteView, ZSaveView, type ViewFormState } from "./schemas";

const QUEUE = "/queue";

function failed(error: unknown, context: string, values: Record<string, string>): ViewFormState {
  if (error instanceof AppError) return { status: "error", message: error.message, fields: error.fields, values };
  const errorId = logUnexpectedError(error, context);
  return { status: "error", message: `Something went wrong on our side (error ${errorId}). Please try again.`, values };
}

export async function saveViewAction(_previous: ViewFormState, form: FormData): Promise<ViewFormState> {
  const actor = await requireActionActor("queue:read", QUEUE);
  const values = { name: String(form.get("name") ?? ""), query: String(form.get("query") ?? "") };
  const input = ZSaveView.safeParse(values);
  if (!input.success) return { status: "error", message: "The view was not saved. Check the name.", fields: z.flattenError(input.error).fieldErrors, values };
  try {
    await saveQueueView({ actor, input: input.data, now: new Date() });
  } catch (error) {
    return failed(error, "save-queue-view", values);
  }
  revalidatePath(QUEUE);
  return { status: "saved", message: `Saved the view “${input.data.name}”.`, values: { name: "", query: values.query } };
}

export async function deleteViewAction(_previous: ViewFormState, form: FormData): Promise<ViewFormState> {
  const actor = await requireActionActor("queue:read", QUEUE);
  const input = ZDeleteView.safeParse({ viewId: form.get("viewId") });
  if (!input.success) return { status: "error", message: "That view does not exist. Reload the page." };
  try {
    await deleteQueueView({ actor, viewId: input.data.viewId, now: new Date() });
  } catch (error) {
    return failed(error, "delete-queue-view", {});
  }
  revalidatePath(QUEUE);
  return { status: "saved", message: "View deleted." };
}

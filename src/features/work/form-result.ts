// Shared by the work actions; kept out of actions.ts because everything a "use server" file exports becomes
// an endpoint a browser can call.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError, logUnexpectedError } from "@/server/errors";
import type { WorkFormState } from "./schemas";

export function refresh(ticketId: string): void {
  revalidatePath(`/tickets/${ticketId}`);
  revalidatePath("/queue");
}

export function failedWork(error: unknown, context: string, ticketId: string, values: Record<string, string> = {}): WorkFormState {
  if (error instanceof AppError) {
    if (error.code === "CONFLICT") refresh(ticketId);
    const message = error.code === "UNAUTHENTICATED" ? "You were signed out. Sign in again in another tab, then try again." : error.message;
    return { status: "error", message: error.fields ? undefined : message, fields: error.fields, values };
  }
  const errorId = logUnexpectedError(error, context);
  return { status: "error", message: `Something went wrong on our side (error ${errorId}). Please try again.`, values };
}


/** Schema failures as field errors; a bad ticket id or version means the page itself is wrong. */
export function invalidWork(error: z.ZodError, values: Record<string, string> = {}): WorkFormState {
  const fields = z.flattenError(error).fieldErrors as Record<string, string[]>;
  const message = fields.ticketId || fields.version ? "This page is out of date. Reload it and try again." : undefined;
  return { status: "error", message, fields, values };
}

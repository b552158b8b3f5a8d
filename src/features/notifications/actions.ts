"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/server/auth";
import { markAllNotificationsRead } from "./commands/mark-notifications-read";
import type { MarkAllReadState } from "./schemas";

export async function markAllReadAction(_previous: MarkAllReadState, _form: FormData): Promise<MarkAllReadState> {
  const actor = await requireActionActor("notification:read", "/notifications");
  const count = await markAllNotificationsRead({ actor, now: new Date() });
  // The unread badge sits in the header of every page.
  revalidatePath("/", "layout");
  return { status: "done", message: count === 1 ? "1 notification marked as read." : `${count} notifications marked as read.` };
}

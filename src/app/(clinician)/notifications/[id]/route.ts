import { redirect } from "next/navigation";
import { openNotification } from "@/features/notifications/commands/mark-notifications-read";
import { ZNotificationId } from "@/features/notifications/schemas";
import { requirePagePermission } from "@/server/auth";

// GET because it is a link (open in a new tab, middle-click): it only marks the actor's own notification
// read, which is safe to repeat. The ticket page checks on its own whether the actor may still see the ticket.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("notification:read", "/notifications");
  const id = ZNotificationId.safeParse((await params).id);
  const opened = id.success ? await openNotification({ actor, notificationId: id.data, now: new Date() }) : null;
  redirect(opened?.ticketId ? `/tickets/${opened.ticketId}` : "/notifications");
}

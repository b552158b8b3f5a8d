import type { Metadata } from "next";
import { env } from "@/env";
import { MarkAllReadButton } from "@/features/notifications/components/mark-all-read-button";
import { NotificationList } from "@/features/notifications/components/notification-list";
import { listNotifications, NOTIFICATION_PAGE_SIZE, unreadNotificationCount } from "@/features/notifications/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requirePageActor("/notifications");
  const [items, unread] = await Promise.all([listNotifications(actor), unreadNotificationCount(actor)]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">Notifications</h1>
          <p className="mt-2 max-w-prose text-lg">
            {unread === 0 ? "Nothing new." : `${unread} unread.`}
            {items.length > 0 && " Open one to see its ticket."}
          </p>
        </div>
        <MarkAllReadButton unread={unread} />
      </div>
      <NotificationList items={items} timeZone={env().HOSPITAL_TIME_ZONE} />
      {items.length === NOTIFICATION_PAGE_SIZE && (
        <p className="text-base text-ink-muted">Showing the latest {NOTIFICATION_PAGE_SIZE}. Older ones are on their tickets.</p>
      )}
    </div>
  );
}

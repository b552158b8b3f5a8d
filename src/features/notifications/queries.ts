import { cache } from "react";
import type { Actor } from "@/domain/authz/actor";
import { roleHasPermission } from "@/domain/authz/authorize";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";

export const NOTIFICATION_PAGE_SIZE = 100;

export type NotificationItem = { id: string; title: string; createdAt: Date; readAt: Date | null; ticketId: string | null };

/** The actor's own notifications, newest first. Titles hold a ticket number and status, never ticket text. */
export async function listNotifications(actor: Actor, take = NOTIFICATION_PAGE_SIZE): Promise<NotificationItem[]> {
  assertCan(actor, "notification:read");
  return db.notification.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, createdAt: true, readAt: true, ticketId: true },
  });
}

// The header asks on every page, and the notifications page asks again: one indexed count per request
// (the userId, readAt index answers it without reading the rows).
const countUnread = cache((userId: string) => db.notification.count({ where: { userId, readAt: null } }));

/** Unread notifications for the header badge; 0 for a role that has no notifications to read. */
export async function unreadNotificationCount(actor: Actor): Promise<number> {
  if (!roleHasPermission(actor.role, "notification:read")) return 0;
  return countUnread(actor.userId);
}

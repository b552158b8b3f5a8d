import type { Actor } from "@/domain/authz/actor";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";

// Read marks are the reader's own view, not a change to a ticket or anyone else's record: no audit row.
// Every write is limited to the actor's own rows by `userId` from the session, never by an id from a form alone.

/** Marks every unread notification of the actor as read; returns how many. */
export async function markAllNotificationsRead({ actor, now }: { actor: Actor; now: Date }): Promise<number> {
  assertCan(actor, "notification:read");
  const { count } = await db.notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: now } });
  return count;
}

/**
 * Opening a notification marks it read (keeping the first read time) and says which ticket it points to.
 * Null when it is not the actor's or does not exist: the two look the same to the caller.
 */
export async function openNotification({ actor, notificationId, now }: { actor: Actor; notificationId: string; now: Date }): Promise<{ ticketId: string | null } | null> {
  assertCan(actor, "notification:read");
  const notification = await db.notification.findFirst({ where: { id: notificationId, userId: actor.userId }, select: { ticketId: true, readAt: true } });
  if (!notification) return null;
  if (!notification.readAt) {
    await db.notification.updateMany({ where: { id: notificationId, userId: actor.userId, readAt: null }, data: { readAt: now } });
  }
  return { ticketId: notification.ticketId };
}

import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createUser } from "../../../../tests/factories/users";
import { actorFor } from "../../../../tests/factories/tickets";
import { listNotifications, unreadNotificationCount } from "../queries";
import { markAllNotificationsRead, openNotification } from "./mark-notifications-read";

const t0 = new Date("2026-11-29T03:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function inbox(count: number, { readAt = null as Date | null } = {}) {
  const user = await createUser(db);
  for (let i = 0; i < count; i += 1) {
    await db.notification.create({ data: { userId: user.id, kind: "STATUS_CHANGED", title: `WD-00000${i + 1} is now: Closed`, createdAt: at(i), readAt } });
  }
  return { user, actor: actorFor(user) };
}

describe("reading notifications", () => {
  it("lists only the actor's own, newest first, and counts their unread", async () => {
    const mine = await inbox(3);
    await inbox(2);
    const items = await listNotifications(mine.actor);
    expect(items.map((item) => item.title)).toEqual(["WD-000003 is now: Closed", "WD-000002 is now: Closed", "WD-000001 is now: Closed"]);
    expect(await unreadNotificationCount(mine.actor)).toBe(3);
  });

  it("mark all as read touches only the actor's unread rows", async () => {
    const mine = await inbox(3);
    const theirs = await inbox(2);
    await db.notification.create({ data: { userId: mine.user.id, kind: "PUBLIC_REPLY", title: "old", createdAt: t0, readAt: at(-60) } });

    expect(await markAllNotificationsRead({ actor: mine.actor, now: at(10) })).toBe(3);
    expect(await unreadNotificationCount(mine.actor)).toBe(0);
    expect(await unreadNotificationCount(theirs.actor)).toBe(2);
    expect(await db.notification.count({ where: { userId: mine.user.id, readAt: at(10) } })).toBe(3);
    expect(await db.notification.count({ where: { userId: mine.user.id, readAt: at(-60) } })).toBe(1);
    expect(await markAllNotificationsRead({ actor: mine.actor, now: at(11) })).toBe(0);
  });

  it("opening a notification marks that one read and keeps the first read time", async () => {
    const { user, actor } = await inbox(2);
    const [newest, older] = await listNotifications(actor);
    const ticketless = await openNotification({ actor, notificationId: newest!.id, now: at(5) });
    expect(ticketless).toEqual({ ticketId: null });
    await openNotification({ actor, notificationId: newest!.id, now: at(9) });
    expect((await db.notification.findUniqueOrThrow({ where: { id: newest!.id } })).readAt).toEqual(at(5));
    expect((await db.notification.findUniqueOrThrow({ where: { id: older!.id } })).readAt).toBeNull();
    expect(await db.notification.count({ where: { userId: user.id, readAt: null } })).toBe(1);
  });

  it("cannot open, or mark read, someone else's notification", async () => {
    const mine = await inbox(1);
    const theirs = await inbox(1);
    const [their] = await listNotifications(theirs.actor);
    expect(await openNotification({ actor: mine.actor, notificationId: their!.id, now: at(5) })).toBeNull();
    expect(await unreadNotificationCount(theirs.actor)).toBe(1);
  });
});

import Link from "next/link";
import type { Actor } from "@/domain/authz/actor";
import { roleHasPermission } from "@/domain/authz/authorize";
import { unreadNotificationCount } from "../queries";

function BellIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="size-5 fill-current">
      <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
    </svg>
  );
}

/**
 * The header's way to notifications. The count is spoken with the link ("Notifications, 3 unread") and shown
 * as a number in a badge, so it never depends on colour.
 */
export async function NotificationsLink({ actor }: { actor: Actor }) {
  if (!roleHasPermission(actor.role, "notification:read")) return null;
  const unread = await unreadNotificationCount(actor);
  const label = unread > 0 ? `Notifications, ${unread} unread` : "Notifications";
  return (
    // aria-label, not hidden text: screen readers then hear exactly "Notifications, 3 unread" in every browser.
    <Link
      href="/notifications"
      aria-label={label}
      className="inline-flex min-h-12 items-center gap-2 rounded px-3 font-semibold text-white underline-offset-4 hover:underline"
    >
      <BellIcon />
      {/* On a phone the bell and the number do; the label always carries the word. */}
      <span className="hidden sm:inline">Notifications</span>
      {/* A real space: the visible words "Notifications 3" must read as part of the spoken label (WCAG 2.5.3). */}
      {unread > 0 && " "}
      {unread > 0 && (
        <span className="min-w-7 rounded-full bg-white px-2 text-center text-sm font-bold leading-6 text-brand-dark">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}

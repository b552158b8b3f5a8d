import type { NotificationItem } from "../queries";

function formatWhen(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(date);
}

function NotificationRow({ item, timeZone }: { item: NotificationItem; timeZone: string }) {
  const unread = item.readAt === null;
  return (
    <li className={`rounded-md border-l-8 bg-paper p-4 shadow-sm ${unread ? "border-brand" : "border-line/40"}`}>
      <div className="flex flex-wrap items-center gap-x-3">
        {/* "New" in words, not only a coloured edge or bold text. */}
        {unread && <span className="rounded bg-brand px-2 text-sm font-bold uppercase tracking-wide text-white">New</span>}
        {item.ticketId ? (
          // A plain link, not next/link: prefetching it would mark the notification read before anyone opened it.
          <a
            href={`/notifications/${item.id}`}
            className={`inline-flex min-h-12 items-center text-lg text-brand underline underline-offset-4 hover:text-brand-dark ${unread ? "font-bold" : ""}`}
          >
            {item.title}
          </a>
        ) : (
          <span className={`inline-flex min-h-12 items-center text-lg ${unread ? "font-bold" : ""}`}>{item.title}</span>
        )}
      </div>
      <p className="text-base text-ink-muted">
        <time dateTime={item.createdAt.toISOString()}>{formatWhen(item.createdAt, timeZone)}</time>
        {unread ? "" : " · read"}
      </p>
    </li>
  );
}

export function NotificationList({ items, timeZone }: { items: NotificationItem[]; timeZone: string }) {
  if (items.length === 0) {
    return (
      <p className="rounded-md bg-paper p-5 text-lg shadow-sm">
        No notifications yet. When IT replies to a problem you reported, or its status changes, you will see it here
        and get an email.
      </p>
    );
  }
  return (
    <ul aria-label="Notifications, newest first" className="flex flex-col gap-3">
      {items.map((item) => (
        <NotificationRow key={item.id} item={item} timeZone={timeZone} />
      ))}
    </ul>
  );
}

"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TLiveEvent } from "../change";
import { useLiveEvents, type LiveStatus } from "./use-live-events";

// `version`, when given, is the ticket version the page shows: changes it already shows (the viewer's own,
// rendered by their action) cost no second refresh.
export type LiveRefreshProps = { scope: "queue" } | { scope: "ticket"; ticketId: string; version?: number };

// A burst of changes (a claim, its event, a status move) costs one refresh, not one each.
const REFRESH_DEBOUNCE_MS = 300;

const STATUS_TEXT: Record<LiveStatus, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
  off: "Not updating. Reload the page to see changes.",
};

/**
 * Keeps the page current: a change someone else commits re-renders the server components (router.refresh
 * keeps client state, so a half-typed message stays). On the queue, a new critical ticket raises an alert.
 */
export function LiveRefresh(props: LiveRefreshProps) {
  const url = props.scope === "queue" ? "/api/live?scope=queue" : `/api/live?ticket=${encodeURIComponent(props.ticketId)}`;
  const refresh = useDebouncedRefresh(props.scope === "ticket" ? props.version : undefined);
  const [alerts, setAlerts] = useState<string[]>([]);
  const onEvent = useCallback(
    (event: TLiveEvent) => {
      if (event.critical) setAlerts((shown) => (shown.includes(event.ticketId) ? shown : [...shown, event.ticketId]));
      refresh(event.version);
    },
    [refresh],
  );
  const onMissed = useCallback(() => refresh(), [refresh]);
  const status = useLiveEvents(url, { onEvent, onMissed });

  return (
    <div className="flex flex-col gap-3">
      {alerts.map((ticketId) => (
        <CriticalAlert key={ticketId} ticketId={ticketId} onDismiss={() => setAlerts((shown) => shown.filter((id) => id !== ticketId))} />
      ))}
      <p role="status" aria-live="polite" className="flex items-center gap-2 text-sm text-ink-muted">
        <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${status === "live" ? "bg-ok" : "bg-line"}`} />
        {STATUS_TEXT[status]}
      </p>
    </div>
  );
}

function CriticalAlert({ ticketId, onDismiss }: { ticketId: string; onDismiss: () => void }) {
  return (
    <div role="alert" className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border-l-8 border-danger bg-danger-bg p-4">
      <p className="font-bold">New P1 ticket in your queue.</p>
      <Link href={`/tickets/${ticketId}`} className="inline-flex min-h-12 items-center font-semibold text-brand underline underline-offset-4">
        Open the critical ticket
      </Link>
      <button
        type="button"
        onClick={onDismiss}
        className="ml-auto inline-flex min-h-12 min-w-12 items-center justify-center rounded-md px-3 font-semibold text-brand underline underline-offset-4"
      >
        Dismiss
      </button>
    </div>
  );
}

/**
 * router.refresh(), at most once per burst. Given the version the page shows, a change up to that version
 * (checked when the timer fires, after the viewer's own action has had time to render) is skipped.
 */
function useDebouncedRefresh(shownVersion: number | undefined): (version?: number) => void {
  const router = useRouter();
  const shown = useRef(shownVersion);
  const wanted = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    shown.current = shownVersion;
  });
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return useCallback(
    (version?: number) => {
      // No version (a reconnect): whatever the page shows may be stale.
      wanted.current = Math.max(wanted.current, version ?? Number.POSITIVE_INFINITY);
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        const behind = shown.current === undefined || shown.current < wanted.current;
        wanted.current = 0;
        if (behind) router.refresh();
      }, REFRESH_DEBOUNCE_MS);
    },
    [router],
  );
}

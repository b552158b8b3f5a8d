"use client";

import { useEffect, useRef, useState } from "react";
import type { TLiveEvent } from "../change";

export type LiveStatus = "connecting" | "live" | "reconnecting" | "off";

type Handlers = { onEvent: (event: TLiveEvent) => void; onMissed: () => void };

/**
 * Follows /api/live. EventSource reconnects by itself; whatever changed while the stream (or the server's
 * connection to Postgres) was down is reloaded once, by onMissed, when it is back.
 */
export function useLiveEvents(url: string, handlers: Handlers): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const source = new EventSource(url);
    let lost = false;
    const backOnline = () => {
      setStatus("live");
      if (lost) latest.current.onMissed();
      lost = false;
    };
    const goneAway = () => {
      lost = true;
      // A refused stream (signed out, ticket gone) is not retried by the browser: say so rather than spin.
      setStatus(source.readyState === EventSource.CLOSED ? "off" : "reconnecting");
    };
    source.addEventListener("ready", backOnline);
    source.addEventListener("resync", () => {
      lost = true;
      backOnline();
    });
    source.addEventListener("down", goneAway);
    source.addEventListener("error", goneAway);
    source.addEventListener("ticket", (message) => {
      const event = parseEvent(message);
      if (event) latest.current.onEvent(event);
    });
    return () => source.close();
  }, [url]);

  return status;
}

function parseEvent(message: Event): TLiveEvent | null {
  try {
    const data: unknown = JSON.parse((message as MessageEvent<string>).data);
    return typeof data === "object" && data !== null && "ticketId" in data ? (data as TLiveEvent) : null;
  } catch {
    return null;
  }
}

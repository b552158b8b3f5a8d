import "server-only";
import pg from "pg";
import { env } from "@/env";
import type { TPriority } from "@/domain/triage/matrix";
import { logUnexpectedError } from "@/server/errors";
import { becameCritical, parseTicketChange, type TTicketChange } from "./change";

export const TICKET_CHANNEL = "warddesk_ticket_changes";

/**
 * What a subscriber hears: a committed change; "down" when the connection to Postgres is lost; "up" once
 * listening, with `missedChanges` after a loss (notifications sent in between are gone for good, so
 * subscribers should reload what they show).
 */
export type ListenerSignal =
  | { kind: "change"; change: TTicketChange; critical: boolean }
  | { kind: "down" }
  | { kind: "up"; missedChanges: boolean }
  | { kind: "closing" };
export type Subscriber = (signal: ListenerSignal) => void;

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;
// Enough to tell "raised to P1" from "still P1" for the tickets moving today, without growing forever.
const REMEMBERED_PRIORITIES = 5_000;

/**
 * One LISTEN connection per process, on a dedicated client: a pooled connection would be handed to queries
 * and could drop the LISTEN. It opens on the first subscriber and retries with backoff only while someone
 * is subscribed, so an idle process holds no timers.
 */
export class TicketChangeListener {
  private readonly subscribers = new Set<Subscriber>();
  private readonly priorities = new Map<string, TPriority>();
  private client: pg.Client | null = null;
  private connecting = false;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private wasConnected = false;
  private closed = false;

  constructor(private readonly connectionString: string) {}

  /** Starts listening if needed; returns the unsubscribe function. */
  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    this.ensureConnected();
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  get connected(): boolean {
    return this.client !== null;
  }

  /** Closed for good (the server is shutting down): new streams should end at once. */
  get isClosed(): boolean {
    return this.closed;
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** For shutdown and tests: ends every subscriber's stream and stops for good. */
  async close(): Promise<void> {
    this.closed = true;
    this.broadcast({ kind: "closing" });
    this.subscribers.clear();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private ensureConnected(): void {
    if (this.closed || this.client || this.connecting || this.retryTimer) return;
    void this.connect();
  }

  private async connect(): Promise<void> {
    this.connecting = true;
    const client = new pg.Client({ connectionString: this.connectionString, keepAlive: true, application_name: "warddesk-live" });
    client.on("notification", (message) => this.onNotification(message));
    client.on("error", () => this.onLost(client));
    client.on("end", () => this.onLost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${TICKET_CHANNEL}`);
    } catch (error) {
      this.connecting = false;
      // Connection details never reach the log: only the error's name and code.
      if (!this.wasConnected) logUnexpectedError(error, "live listener connect");
      await client.end().catch(() => undefined);
      this.scheduleRetry();
      return;
    }
    this.connecting = false;
    if (this.closed) return void client.end().catch(() => undefined);
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    this.broadcast({ kind: "up", missedChanges: this.wasConnected });
    this.wasConnected = true;
  }

  private onLost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    this.broadcast({ kind: "down" });
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer || this.subscribers.size === 0) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.ensureConnected();
    }, delay);
    this.retryTimer.unref();
  }

  private onNotification(message: pg.Notification): void {
    if (message.channel !== TICKET_CHANNEL) return;
    const change = parseTicketChange(message.payload);
    if (!change) return;
    const critical = becameCritical(change, this.priorities.get(change.ticketId));
    this.remember(change);
    this.broadcast({ kind: "change", change, critical });
  }

  private remember(change: TTicketChange): void {
    this.priorities.delete(change.ticketId);
    this.priorities.set(change.ticketId, change.priority);
    if (this.priorities.size > REMEMBERED_PRIORITIES) {
      const oldest = this.priorities.keys().next();
      if (!oldest.done) this.priorities.delete(oldest.value);
    }
  }

  private broadcast(signal: ListenerSignal): void {
    for (const subscriber of this.subscribers) {
      try {
        subscriber(signal);
      } catch (error) {
        // One broken stream must not starve the others.
        logUnexpectedError(error, "live subscriber");
      }
    }
  }
}

// Next may evaluate this module more than once per process (route bundles, dev reloads): one listener each.
const globalForLive = globalThis as { warddeskTicketListener?: TicketChangeListener };

/** The process's listener, created on first use so builds and idle processes open no connection. */
export function ticketChangeListener(): TicketChangeListener {
  if (!globalForLive.warddeskTicketListener) {
    globalForLive.warddeskTicketListener = new TicketChangeListener(env().DATABASE_URL);
    closeOnShutdown(globalForLive.warddeskTicketListener);
  }
  return globalForLive.warddeskTicketListener;
}

/**
 * `next start` stops on SIGTERM/SIGINT only once every open response has finished, and live streams never
 * finish by themselves: without this a restart would hang until killed. Added only beside the server's own
 * handler, since a handler of ours alone would keep the signal from ending the process at all.
 */
function closeOnShutdown(listener: TicketChangeListener): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    if (process.listenerCount(signal) > 0) process.once(signal, () => void listener.close());
  }
}

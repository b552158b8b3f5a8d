import "server-only";
import { isRelevant, toLiveEvent, type LiveScope } from "./change";
import type { ListenerSignal, TicketChangeListener } from "./listener";

// Proxies close streams that stay silent for a minute or so; a comment line every 20 s keeps this one open.
const HEARTBEAT_MS = 20_000;
// How soon the browser's EventSource tries again after the stream drops (its default is slower).
const RETRY_MS = 2_000;

const encoder = new TextEncoder();
const frame = (event: string, data: unknown) => encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

/** The frame a signal becomes for this scope, or null when it is none of this subscriber's business. */
function frameFor(scope: LiveScope, signal: Exclude<ListenerSignal, { kind: "closing" }>): Uint8Array | null {
  if (signal.kind === "down") return frame("down", {});
  if (signal.kind === "up") return frame(signal.missedChanges ? "resync" : "ready", {});
  if (!isRelevant(scope, signal.change)) return null;
  return frame("ticket", toLiveEvent(signal.change, scope.kind === "queue" && signal.critical));
}

/**
 * A Server-Sent Events response carrying the listener's signals that this scope may see. Authorization
 * happened before (the scope is what the actor may see); every event is filtered here, on the server.
 */
export function liveEventStream(scope: LiveScope, listener: TicketChangeListener, abort: AbortSignal): Response {
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (bytes: Uint8Array) => {
        try {
          controller.enqueue(bytes);
        } catch {
          stop();
        }
      };
      send(encoder.encode(`retry: ${RETRY_MS}\n\n`));
      // A browser reconnecting over a kept-alive connection while this server shuts down: end at once, so the
      // shutdown is not held open and the browser tries again (reaching another instance, or this one restarted).
      if (listener.isClosed) return controller.close();
      const unsubscribe = listener.subscribe((signal) => {
        // The server is shutting down: end the response so it can; the browser reconnects to another instance.
        if (signal.kind === "closing") return stop();
        const bytes = frameFor(scope, signal);
        if (bytes) send(bytes);
      });
      // Already listening: the "up" signal went out before this subscriber came.
      if (listener.connected) send(frame("ready", {}));
      const heartbeat = setInterval(() => send(encoder.encode(": ping\n\n")), HEARTBEAT_MS);
      const end = () => {
        stop = () => {};
        clearInterval(heartbeat);
        unsubscribe();
        abort.removeEventListener("abort", end);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      stop = end;
      if (abort.aborted) end();
      else abort.addEventListener("abort", end);
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps compression (which would buffer events) away; no-store keeps it out of caches.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
      // The stream's connection is not reused after it ends: a server shutting down can then close it.
      Connection: "close",
    },
  });
}

"use client";

import { useSyncExternalStore } from "react";

// One shared 30-second tick for every badge on the page: a list of 25 rows sets one timer, not 25.
const TICK_MS = 30_000;
let tick = 0;
let timer: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

function advance() {
  tick = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(advance, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
      tick = 0; // the next page reads the time afresh instead of a stale tick
    }
  };
}

function currentTick(): number {
  if (tick === 0) tick = Date.now();
  return tick;
}

/**
 * The current time in ms, refreshed every 30 s. The server's `serverNow` is used while hydrating, so the
 * first client render matches the HTML; the browser's clock takes over right after.
 */
export function useNow(serverNow: number): number {
  return useSyncExternalStore(subscribe, currentTick, () => serverNow);
}

"use client";

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";

// Keyboard work for people who live in the queue: j/k move between rows, Enter opens, c claims, / searches.
// Keys typed into a field are left alone, and a modifier (Ctrl+C) is never taken over.

type Announce = (message: string, tone: "done" | "error") => void;
const AnnounceContext = createContext<Announce>(() => {});

/** Lets a row's claim form report its answer above the list, where it stays after the row moves away. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

const ROW = "[data-queue-row]";

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function moveFocus(step: 1 | -1) {
  const rows = [...document.querySelectorAll<HTMLElement>(ROW)];
  if (!rows.length) return;
  const current = rows.findIndex((row) => row.contains(document.activeElement));
  const next = current === -1 ? (step === 1 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, current + step));
  rows[next]?.focus();
  rows[next]?.scrollIntoView({ block: "nearest" });
}

function focusedRow(): HTMLElement | null {
  return document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(ROW) : null;
}

export function QueueShell({ children }: { children: ReactNode }) {
  const [answer, setAnswer] = useState<{ message: string; tone: "done" | "error" } | null>(null);
  const announce = useCallback<Announce>((message, tone) => setAnswer({ message, tone }), []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const row = focusedRow();
      if (event.key === "j" || event.key === "k") {
        event.preventDefault();
        moveFocus(event.key === "j" ? 1 : -1);
      } else if (event.key === "/") {
        event.preventDefault();
        document.getElementById("queue-search")?.focus();
      } else if (event.key === "Enter" && row && document.activeElement === row) {
        event.preventDefault();
        row.querySelector<HTMLAnchorElement>("a[data-open-ticket]")?.click();
      } else if (event.key === "c" && row) {
        event.preventDefault();
        const form = row.querySelector<HTMLFormElement>("form[data-claim]");
        if (form) form.requestSubmit();
        else setAnswer({ message: "This ticket cannot be claimed from this list.", tone: "error" });
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <AnnounceContext value={announce}>
      <div role="status" aria-live="polite" className="empty:hidden">
        {answer && (
          <p className={`rounded-md border-l-8 p-4 text-lg font-semibold ${answer.tone === "error" ? "border-danger bg-danger-bg" : "border-ok bg-ok-bg"}`}>{answer.message}</p>
        )}
      </div>
      {children}
    </AnnounceContext>
  );
}

/** Always on screen: shortcuts nobody can see are shortcuts nobody uses. */
export function KeyboardHint() {
  const key = "rounded border-2 border-ink bg-paper px-1.5 font-mono";
  return (
    <p className="text-base text-ink-muted">
      <span className="font-semibold text-ink">Keyboard shortcuts:</span> <kbd className={key}>j</kbd> next ticket, <kbd className={key}>k</kbd> previous,{" "}
      <kbd className={key}>Enter</kbd> open, <kbd className={key}>c</kbd> claim, <kbd className={key}>/</kbd> search.
    </p>
  );
}

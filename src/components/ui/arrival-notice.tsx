"use client";

import { useEffect, useRef } from "react";

/**
 * A success message shown on arrival ("Sent. Your ticket number is ..."). Present from the first paint, a
 * status region is not announced, so it takes focus; and the one-off ?flag leaves the address bar, so a reload
 * or the Back button does not say "Sent." again.
 */
export function ArrivalNotice({ title, children, param }: { title: string; children?: React.ReactNode; param: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    const url = new URL(window.location.href);
    if (url.searchParams.has(param)) {
      url.searchParams.delete(param);
      window.history.replaceState(window.history.state, "", url);
    }
  }, [param]);
  return (
    <div ref={ref} role="status" tabIndex={-1} className="rounded-md border-l-8 border-ok bg-ok-bg p-4">
      <p className="font-bold">{title}</p>
      {children && <div className="mt-1">{children}</div>}
    </div>
  );
}

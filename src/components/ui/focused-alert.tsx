"use client";

import { useEffect, useRef } from "react";

/** A box that takes focus when it appears, so keyboard and screen-reader users land on what needs doing. */
export function FocusedAlert({ className, children }: { className: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} role="alert" tabIndex={-1} className={`rounded-md border-l-8 p-4 ${className}`}>
      {children}
    </div>
  );
}

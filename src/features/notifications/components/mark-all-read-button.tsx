"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { markAllReadAction } from "../actions";
import type { MarkAllReadState } from "../schemas";

const initialState: MarkAllReadState = { status: "idle" };

/** The status line stays mounted, so screen readers announce the result after the list has been redrawn. */
export function MarkAllReadButton({ unread }: { unread: number }) {
  const [state, formAction, pending] = useActionState(markAllReadAction, initialState);
  const statusRef = useRef<HTMLParagraphElement>(null);
  // The button disappears with the last unread notice; focus goes to the result instead of the page top.
  useEffect(() => {
    if (state.message) statusRef.current?.focus();
  }, [state]);
  return (
    <div className="flex flex-col items-start gap-2">
      {unread > 0 && (
        <form action={formAction}>
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? "Marking…" : "Mark all as read"}
          </Button>
        </form>
      )}
      <p ref={statusRef} tabIndex={-1} role="status" className="text-base">
        {state.message}
      </p>
    </div>
  );
}

"use client";

import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import type { WorkFormState } from "../schemas";

export const idleWork: WorkFormState = { status: "idle" };

export type WorkTicketRef = { id: string; version: number };

type Props = { ticket: WorkTicketRef; state: WorkFormState; action: (form: FormData) => void; label: string; children: ReactNode };

/**
 * The frame of every "work on this ticket" form: the ticket and the version shown (so a stale page gets a
 * conflict, not an overwrite), the answer as a message, and focus on that answer for keyboard and screen-reader users.
 */
export function WorkForm({ ticket, state, action, label, children }: Props) {
  const formRef = useFocusAfterAnswer(state);
  return (
    <form ref={formRef} action={action} aria-label={label} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="ticketId" value={ticket.id} />
      <input type="hidden" name="version" value={ticket.version} />
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      {state.status === "done" && state.message && <Notice tone="success">{state.message}</Notice>}
      {children}
    </form>
  );
}

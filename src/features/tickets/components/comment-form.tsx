"use client";

import { useActionState } from "react";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { PhiWarning } from "@/components/phi-warning";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextAreaField } from "@/components/ui/text-area-field";
import { addCommentAction } from "../actions";
import type { TicketFormState } from "../schemas";

const initialState: TicketFormState = { status: "idle" };

/**
 * "Add a message": a public reply on the ticket, guarded against patient data like the intake form. IT staff
 * (`staff`) write to the reporter; their notes for IT only are in "For IT staff".
 */
export function CommentForm({ ticketId, staff = false }: { ticketId: string; staff?: boolean }) {
  const [state, formAction, pending] = useActionState(addCommentAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="ticketId" value={ticketId} />
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      {state.status === "done" && <Notice tone="success">{state.message}</Notice>}
      <TextAreaField
        rows={3}
        name="body"
        label={staff ? "Your reply" : "Add a message"}
        hint={
          staff
            ? "The reporter reads it and is told by email. Notes for IT only go under For IT staff. No patient names, record numbers or dates of birth."
            : "IT will read it. Please don't include patient names, record numbers or dates of birth."
        }
        maxLength={5000}
        defaultValue={state.values?.body}
        errors={state.fields?.body}
      />
      {state.status === "phi_found" && state.findings && <PhiWarning notices={state.findings} pending={pending} />}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Sending…" : "Send message"}
      </Button>
    </form>
  );
}

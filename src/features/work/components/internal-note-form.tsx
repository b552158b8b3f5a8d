"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { internalNoteAction } from "../actions";
import { idleWork, WorkForm, type WorkTicketRef } from "./work-form";

/** A note only IT can read: what was tried, what to try next. */
export function InternalNoteForm({ ticket }: { ticket: WorkTicketRef }) {
  const [state, action, pending] = useActionState(internalNoteAction, idleWork);
  return (
    <WorkForm ticket={ticket} state={state} action={action} label="Internal note">
      <TextAreaField
        id="work-note"
        rows={3}
        name="body"
        label="Note for IT only"
        hint="The reporter never sees it. No patient names, record numbers or dates of birth."
        maxLength={5000}
        defaultValue={state.values?.body}
        errors={state.fields?.body}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Saving…" : "Save note"}
      </Button>
    </WorkForm>
  );
}

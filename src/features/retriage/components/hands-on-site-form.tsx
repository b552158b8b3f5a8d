"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { handsOnSiteAction } from "../actions";
import type { RetriageFormState } from "../schemas";

const initialState: RetriageFormState = { status: "idle" };

/** A remote ticket that needs someone in the room: sent to the campus on-site team with a note for them. */
export function HandsOnSiteForm({ ticket }: { ticket: { id: string; version: number } }) {
  const [state, formAction, pending] = useActionState(handsOnSiteAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="ticketId" value={ticket.id} />
      <input type="hidden" name="version" value={ticket.version} />
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      {state.status === "done" && <Notice tone="success">{state.message}</Notice>}
      <TextAreaField
        id="hands-on-site-note"
        rows={3}
        name="note"
        label="What should the on-site technician do?"
        hint="Saved as an internal note for IT. No patient names, record numbers or dates of birth."
        maxLength={2000}
        defaultValue={state.values?.note}
        errors={state.fields?.note}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Sending…" : "Needs hands on site"}
      </Button>
    </form>
  );
}

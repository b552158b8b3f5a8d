"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { mergeAction } from "../actions";
import { idleWork, WorkForm, type WorkTicketRef } from "./work-form";

/** Closes this ticket as a duplicate of another; its reporter then follows that one. */
export function MergeForm({ ticket }: { ticket: WorkTicketRef }) {
  const [state, action, pending] = useActionState(mergeAction, idleWork);
  return (
    <WorkForm ticket={ticket} state={state} action={action} label="Merge into another ticket">
      <TextField
        id="work-merge-into"
        name="intoNumber"
        label="Number of the ticket to keep"
        hint="For example WD-000123. This ticket is closed and its reporter follows that one."
        autoComplete="off"
        inputMode="text"
        maxLength={20}
        defaultValue={state.values?.intoNumber}
        errors={state.fields?.intoNumber}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Merging…" : "Merge and close this ticket"}
      </Button>
    </WorkForm>
  );
}

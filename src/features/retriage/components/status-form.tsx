"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { STAFF_STATUS_ACTIONS, staffNextStatuses } from "@/domain/tickets/lifecycle";
import type { TStatus } from "@/domain/tickets/status";
import { changeStatusAction } from "../actions";
import type { RetriageFormState } from "../schemas";

const initialState: RetriageFormState = { status: "idle" };

/** Moves the ticket on: working on it, waiting (which pauses the SLA clock), fixed. */
export function StatusForm({ ticket }: { ticket: { id: string; version: number; status: TStatus } }) {
  const [state, formAction, pending] = useActionState(changeStatusAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  const options = staffNextStatuses(ticket.status).map((status) => ({ value: status, label: STAFF_STATUS_ACTIONS[status] ?? status }));
  if (options.length === 0) return <p>This ticket is closed. The reporter can reopen it, or a new one can be filed.</p>;
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="ticketId" value={ticket.id} />
      <input type="hidden" name="version" value={ticket.version} />
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      {state.status === "done" && <Notice tone="success">{state.message}</Notice>}
      <SelectField
        id="status-next"
        name="status"
        label="New status"
        hint="The reporter is told. Waiting for the reporter or a supplier stops the service clock until they answer."
        placeholder="Choose a status"
        groups={[{ label: "", options }]}
        defaultValue={state.values?.status}
        errors={state.fields?.status}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Saving…" : "Change status"}
      </Button>
    </form>
  );
}

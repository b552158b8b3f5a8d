"use client";

import { useActionState } from "react";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { PhiWarning } from "@/components/phi-warning";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { RequesterAction } from "@/domain/tickets/status";
import { confirmResolutionAction, reopenTicketAction } from "../actions";
import type { TicketFormState } from "../schemas";

const initialState: TicketFormState = { status: "idle" };

type Props = { ticketId: string; version: number; actions: readonly RequesterAction[] };

/** "Is it fixed?": the reporter closes the ticket or, within 7 days of the fix, reopens it with a reason. */
export function RequesterActions({ ticketId, version, actions }: Props) {
  return (
    <section aria-labelledby="fixed-heading" className="flex flex-col gap-4 rounded-md border-2 border-ok bg-paper p-5">
      <h2 id="fixed-heading" className="text-xl font-bold">
        {actions.includes("confirm") ? "Is it fixed?" : "Still not working?"}
      </h2>
      {actions.includes("confirm") && <ConfirmForm ticketId={ticketId} version={version} />}
      {actions.includes("reopen") && <ReopenForm ticketId={ticketId} version={version} />}
    </section>
  );
}

function ConfirmForm({ ticketId, version }: Omit<Props, "actions">) {
  const [state, formAction, pending] = useActionState(confirmResolutionAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-3">
      <p>IT says this problem is fixed. Please check, then tell us.</p>
      <input type="hidden" name="ticketId" value={ticketId} />
      <input type="hidden" name="version" value={version} />
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Closing…" : "Yes, it's fixed"}
      </Button>
    </form>
  );
}

function ReopenForm({ ticketId, version }: Omit<Props, "actions">) {
  const [state, formAction, pending] = useActionState(reopenTicketAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="ticketId" value={ticketId} />
      <input type="hidden" name="version" value={version} />
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      <TextAreaField
        rows={3}
        name="reason"
        id="reopen-reason"
        label="What is still not working?"
        hint="A few words are enough. No patient details, please."
        maxLength={2000}
        defaultValue={state.values?.reason}
        errors={state.fields?.reason}
      />
      {state.status === "phi_found" && state.findings && <PhiWarning notices={state.findings} pending={pending} />}
      <Button type="submit" variant="secondary" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Reopening…" : "It's still not working"}
      </Button>
    </form>
  );
}

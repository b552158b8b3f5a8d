"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import type { IncidentProposal } from "@/domain/incidents/cluster";
import { confirmIncidentAction } from "../actions";
import type { ConfirmIncidentState } from "../schemas";

const initialState: ConfirmIncidentState = { status: "idle" };

/** Confirms one proposal; the reports go as hidden ids and a refusal keeps the typed title and message. */
export function ConfirmIncidentForm({ proposal, index }: { proposal: IncidentProposal; index: number }) {
  const [state, formAction, pending] = useActionState(confirmIncidentAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  const id = `proposal-${index}`;
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby={`${id}-heading`} className="flex flex-col gap-4">
      <h3 id={`${id}-heading`} className="text-lg font-bold">
        Confirm as one outage
      </h3>
      {state.message && <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>}
      {proposal.ticketIds.map((ticketId) => (
        <input key={ticketId} type="hidden" name="ticketIds" value={ticketId} />
      ))}
      <TextField id={`${id}-title`} name="title" label="Outage name" autoComplete="off" required defaultValue={state.values?.title ?? proposal.title} errors={state.fields?.title} />
      <TextAreaField
        id={`${id}-message`}
        name="publicMessage"
        label="Message for people reporting it"
        hint="Plain words, no patient details, e.g. “Wi-Fi is down in Main Tower. Use the wired computers.”"
        defaultValue={state.values?.publicMessage}
        errors={state.fields?.publicMessage}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Confirming…" : "Confirm outage"}
      </Button>
    </form>
  );
}

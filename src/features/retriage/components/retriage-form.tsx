"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { PRIORITY_WORDS } from "@/domain/tickets/status";
import { retriageAction } from "../actions";
import type { TeamOption } from "../queries";
import type { RetriageFormState } from "../schemas";
import { SelectField } from "@/components/ui/select-field";

const initialState: RetriageFormState = { status: "idle" };

const PRIORITY_OPTIONS = Object.entries(PRIORITY_WORDS).map(([value, label]) => ({ value, label }));
const MODE_OPTIONS = [
  { value: "REMOTE", label: "Remote (fixed from the IT office)" },
  { value: "ONSITE", label: "On site (someone goes there)" },
];

type Props = {
  ticket: { id: string; version: number; priority: string; mode: string; teamId: string | null };
  teams: TeamOption[];
};

/** Change priority, team or way of working, with a reason for IT. Starts on the ticket's current values. */
export function RetriageForm({ ticket, teams }: Props) {
  const [state, formAction, pending] = useActionState(retriageAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  const values = state.values ?? {};
  // React resets a form after its action answers, and a select resets to the option chosen when it mounted: keyed by
  // the ticket version and the answered value, each select remounts on the new value (saved or kept after an error).
  const teamOptions = [
    ...(ticket.teamId ? [] : [{ value: "", label: "No team yet" }]),
    ...(ticket.teamId && !teams.some((team) => team.id === ticket.teamId) ? [{ value: ticket.teamId, label: "Current team (no longer active)" }] : []),
    ...teams.map((team) => ({ value: team.id, label: `${team.name} (${team.mode === "ONSITE" ? "on site" : "remote"})` })),
  ];
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="ticketId" value={ticket.id} />
      <input type="hidden" name="version" value={ticket.version} />
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      {state.status === "done" && <Notice tone="success">{state.message}</Notice>}
      <SelectField key={`priority-${ticket.version}-${values.priority ?? ""}`} id="retriage-priority" name="priority" label="Priority" groups={[{ label: "", options: PRIORITY_OPTIONS }]} defaultValue={values.priority || ticket.priority} errors={state.fields?.priority} />
      <SelectField key={`teamId-${ticket.version}-${values.teamId ?? ""}`} id="retriage-teamId" name="teamId" label="Team" groups={[{ label: "", options: teamOptions }]} defaultValue={values.teamId || (ticket.teamId ?? "")} errors={state.fields?.teamId} />
      <SelectField key={`mode-${ticket.version}-${values.mode ?? ""}`} id="retriage-mode" name="mode" label="How the work is done" groups={[{ label: "", options: MODE_OPTIONS }]} defaultValue={values.mode || ticket.mode} errors={state.fields?.mode} />
      <TextAreaField
        id="retriage-reason"
        rows={3}
        name="reason"
        label="Reason for the change"
        hint="Seen by IT only. No patient names, record numbers or dates of birth."
        maxLength={500}
        defaultValue={values.reason}
        errors={state.fields?.reason}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Saving…" : "Save changes"}
      </Button>
    </form>
  );
}

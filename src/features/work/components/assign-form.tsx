"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { assignAction } from "../actions";
import { idleWork, WorkForm, type WorkTicketRef } from "./work-form";

type Props = { ticket: WorkTicketRef & { assigneeId: string | null; assigneeName: string | null; teamName: string }; teammates: { id: string; displayName: string }[] };

/** Hand the ticket to someone in its team, or back to the team's queue. */
export function AssignForm({ ticket, teammates }: Props) {
  const [state, action, pending] = useActionState(assignAction, idleWork);
  const options = [
    { value: "", label: `Nobody: back to ${ticket.teamName}'s queue` },
    ...teammates.map((person) => ({ value: person.id, label: person.displayName })),
    // Someone who left the team keeps the ticket until it is reassigned: shown, so the select never claims otherwise.
    ...(ticket.assigneeId && !teammates.some((person) => person.id === ticket.assigneeId)
      ? [{ value: ticket.assigneeId, label: `${ticket.assigneeName ?? "Current technician"} (not in ${ticket.teamName})` }]
      : []),
  ];
  const chosen = state.status === "error" ? state.values?.assigneeId : undefined;
  return (
    <WorkForm ticket={ticket} state={state} action={action} label="Assign">
      <SelectField
        key={`assignee-${ticket.version}-${chosen ?? ""}`}
        id="work-assignee"
        name="assigneeId"
        label="Who should work on it"
        hint={`People in ${ticket.teamName}. They see it under Mine in their queue.`}
        groups={[{ label: "", options }]}
        defaultValue={chosen ?? ticket.assigneeId ?? ""}
        errors={state.fields?.assigneeId}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Saving…" : "Assign"}
      </Button>
    </WorkForm>
  );
}

"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { linkIncidentAction } from "../actions";
import { idleWork, WorkForm, type WorkTicketRef } from "./work-form";

/** "This is one more report of that outage": the ticket is then fixed and counted with the others. */
export function LinkIncidentForm({ ticket, incidents }: { ticket: WorkTicketRef; incidents: { id: string; title: string }[] }) {
  const [state, action, pending] = useActionState(linkIncidentAction, idleWork);
  const chosen = state.status === "error" ? state.values?.incidentId : undefined;
  return (
    <WorkForm ticket={ticket} state={state} action={action} label="Link to an outage">
      <SelectField
        key={`incident-${ticket.version}-${chosen ?? ""}`}
        id="work-incident"
        name="incidentId"
        label="Outage this ticket is part of"
        hint="The reporter is told IT is fixing it as one known problem."
        placeholder="Choose an outage"
        groups={[{ label: "", options: incidents.map((incident) => ({ value: incident.id, label: incident.title })) }]}
        defaultValue={chosen}
        errors={state.fields?.incidentId}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Linking…" : "Link to outage"}
      </Button>
    </WorkForm>
  );
}

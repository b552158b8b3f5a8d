"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { ROLE_LABELS, ROLES } from "@/domain/authz/roles";
import { IMPACT_WORDS, IMPACTS, URGENCIES, URGENCY_WORDS } from "@/domain/triage/matrix";
import { previewAction } from "../actions";
import type { PreviewState } from "../schemas";
import type { Option } from "../queries";
import { ChoiceSelect } from "./choice-select";

const initialState: PreviewState = { status: "idle" };
const opts = (items: readonly Option[]) => items.map((item) => ({ value: item.id, label: item.name }));

/** A sample ticket run through the current matrix and rules; nothing is filed. */
export function TryItForm({ categories, locations }: { categories: Option[]; locations: Option[] }) {
  const [state, formAction, pending] = useActionState(previewAction, initialState);
  const v = state.values ?? {};
  const text = (name: string) => (typeof v[name] === "string" ? (v[name] as string) : "");
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5 rounded-md bg-paper p-5 shadow-sm" aria-labelledby="try-heading">
      <h2 id="try-heading" className="text-xl font-bold">
        Try it
      </h2>
      <p>See what a ticket like this would get, with the matrix and rules as saved now. Nothing is filed.</p>
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <ChoiceSelect idPrefix="try" name="categoryId" label="Category" emptyLabel="Choose a category" options={opts(categories)} defaultValue={text("categoryId")} errors={state.fields?.categoryId} />
        <ChoiceSelect idPrefix="try" name="locationId" label="Place" emptyLabel="Choose a place" options={opts(locations)} defaultValue={text("locationId")} errors={state.fields?.locationId} />
        <ChoiceSelect idPrefix="try" name="impact" label="Who is affected" emptyLabel="Choose" options={IMPACTS.map((i) => ({ value: i, label: IMPACT_WORDS[i] }))} defaultValue={text("impact")} errors={state.fields?.impact} />
        <ChoiceSelect idPrefix="try" name="urgency" label="How care is affected" emptyLabel="Choose" options={URGENCIES.map((u) => ({ value: u, label: URGENCY_WORDS[u] }))} defaultValue={text("urgency")} errors={state.fields?.urgency} />
        <ChoiceSelect idPrefix="try" name="patientSafety" label="Is a patient at risk?" emptyLabel="No" options={[{ value: "yes", label: "Yes" }]} defaultValue={text("patientSafety")} errors={state.fields?.patientSafety} />
        <ChoiceSelect idPrefix="try" name="requesterRole" label="Reported by" emptyLabel="Choose" options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} defaultValue={text("requesterRole") || "CLINICIAN"} errors={state.fields?.requesterRole} />
      </div>
      <TextField name="summary" label="Summary" autoComplete="off" defaultValue={text("summary")} errors={state.fields?.summary} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Trying…" : "Try it"}
      </Button>
      {state.decision && (
        <Notice tone="success" title={`${state.decision.priority}, ${state.decision.team ?? "no team"} (${state.decision.mode === "ONSITE" ? "on site" : "remote"})`}>
          <p>{state.decision.explanation}</p>
          {state.decision.assignee && <p>Assigned to {state.decision.assignee}.</p>}
          {state.decision.tags.length > 0 && <p>Tags: {state.decision.tags.join(", ")}</p>}
        </Notice>
      )}
    </form>
  );
}

"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { fileTicketAction, joinTicketAction } from "../actions";
import type { PickerGroup } from "../picker-options";
import { knownProblemsKey, type IntakeState, type IntakeValues, type JoinState, type KnownProblemsFor } from "../schemas";
import { FilterableSelect } from "./filterable-select";
import { ErrorSummary, IntakePhiWarning } from "./form-alerts";
import { GuidedQuestions } from "./guided-questions";
import { joinFormId, KnownProblems } from "./known-problems";
import { DetailsAndContact } from "./details-and-contact";
import { useKnownProblems } from "./use-known-problems";
import { KnownIssue } from "@/features/incidents/components/known-issue";

type Defaults = { categoryId: string; locationId: string; callbackNumber: string; assetTag: string };

type Props = {
  /** Made on the server for this render: a double click or a resent form files one ticket. */
  idempotencyKey: string;
  categories: PickerGroup[];
  locations: PickerGroup[];
  defaults: Defaults;
  canFileOnBehalf: boolean;
  initialKnown: KnownProblemsFor;
};

const initialState: IntakeState = { status: "idle", attempt: 0 };

export function IntakeForm(props: Props) {
  const [state, action, pending] = useActionState(fileTicketAction, initialState);
  // A fresh body per server answer: every field starts again from the values the server sent back.
  return <IntakeFormBody key={state.attempt} {...props} state={state} action={action} pending={pending} />;
}

type BodyProps = Props & { state: IntakeState; action: (form: FormData) => void; pending: boolean };

function IntakeFormBody({ idempotencyKey, categories, locations, defaults, canFileOnBehalf, initialKnown, state, action, pending }: BodyProps) {
  const values: IntakeValues = state.values ?? {
    ...defaults,
    summary: "",
    details: "",
    impact: "",
    urgency: "",
    patientSafety: "",
    requesterEmail: "",
    idempotencyKey,
  };
  const [categoryId, setCategoryId] = useState(values.categoryId);
  const [locationId, setLocationId] = useState(values.locationId);
  const shown = useKnownProblems(
    categoryId,
    locationId,
    state.similar ? { key: knownProblemsKey(values.categoryId, values.locationId), tickets: state.similar } : initialKnown,
  );
  const [joinState, joinAction, joinPending] = useActionState(joinTicketAction, {} as JoinState);
  const fields = state.fields ?? {};

  return (
    <>
      <form action={action} noValidate aria-label="Report a problem" className="flex flex-col gap-6">
        {state.status === "error" && <ErrorSummary message={state.message} fields={state.fields} />}
        {state.status === "phi_found" && state.phi && <IntakePhiWarning notices={state.phi} pending={pending} />}
        <input type="hidden" name="idempotencyKey" value={values.idempotencyKey} />
        {canFileOnBehalf && (
          <TextField
            name="requesterEmail"
            label="Reporting for someone else? Their work email"
            hint="Leave it empty to report the problem under your own name."
            type="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={values.requesterEmail}
            errors={fields.requesterEmail}
          />
        )}
        <TextField
          name="summary"
          label="Summary"
          hint="What is wrong, in a few words. For example: “Label printer prints blank labels”."
          required
          defaultValue={values.summary}
          errors={fields.summary}
        />
        <FilterableSelect
          name="categoryId"
          label="Category"
          hint="What is the problem about?"
          filterLabel="Search the problem list, for example “zebra” or “password”"
          placeholder="Choose what the problem is about"
          groups={categories}
          defaultValue={values.categoryId}
          errors={fields.categoryId}
          onValueChange={setCategoryId}
        />
        <FilterableSelect
          name="locationId"
          label="Location"
          hint="Where is the problem? Choose the room if you can."
          filterLabel="Search units and rooms, for example “ICU 301”"
          placeholder="Choose where the problem is"
          groups={locations}
          defaultValue={values.locationId}
          errors={fields.locationId}
          onValueChange={setLocationId}
        />
        {/* Without JavaScript the offer cannot follow the pickers; this asks the server for it instead. */}
        <noscript>
          <Button type="submit" name="intent" value="check" variant="secondary">
            Check for known problems
          </Button>
        </noscript>
        <GuidedQuestions values={values} fields={fields} />
        {/* Below the three quick questions, not above them: the offer arrives a moment after the location is
            chosen, and appearing above would push the answers away from a finger already on its way to them. */}
        <KnownIssue categoryId={categoryId} locationId={locationId} />
        {shown.length > 0 && <KnownProblems tickets={shown} joinMessage={joinState.message} pending={joinPending} />}
        <DetailsAndContact values={values} fields={fields} />
        <Button type="submit" disabled={pending} className="w-full text-lg sm:w-auto sm:self-start">
          {pending ? "Sending…" : "Send report"}
        </Button>
      </form>
      {shown
        .filter((ticket) => !ticket.following)
        .map((ticket) => (
          <form key={ticket.id} id={joinFormId(ticket.id)} action={joinAction}>
            <input type="hidden" name="ticketId" value={ticket.id} />
            <input type="hidden" name="locationId" value={locationId} />
            <input type="hidden" name="categoryId" value={categoryId} />
          </form>
        ))}
    </>
  );
}

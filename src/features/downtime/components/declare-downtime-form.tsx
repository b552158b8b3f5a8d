"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { declareDowntimeAction } from "../actions";
import type { CampusOption } from "../queries";
import type { DeclareDowntimeState } from "../schemas";

const initialState: DeclareDowntimeState = { status: "idle" };

/** Declares a downtime. After a refusal every answer, ticked campuses included, is back in place. */
export function DeclareDowntimeForm({ campuses }: { campuses: CampusOption[] }) {
  const [state, formAction, pending] = useActionState(declareDowntimeAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="declare-heading" className="flex flex-col gap-5 rounded-md bg-paper p-5 shadow-sm">
      <h2 id="declare-heading" className="text-xl font-bold">
        Declare a downtime
      </h2>
      {state.message && <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>}
      <TextField
        name="title"
        label="Title"
        hint="A few words everyone understands, e.g. “EHR unavailable”."
        autoComplete="off"
        required
        defaultValue={state.values?.title}
        errors={state.fields?.title}
      />
      <TextAreaField
        name="message"
        label="What staff should do"
        hint="e.g. “Use downtime procedures: paper orders and the downtime report binder.”"
        required
        defaultValue={state.values?.message}
        errors={state.fields?.message}
      />
      <CampusChoice campuses={campuses} checked={state.values?.campusIds ?? []} errors={state.fields?.campusIds} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Declaring…" : "Declare downtime"}
      </Button>
    </form>
  );
}

function CampusChoice({ campuses, checked, errors }: { campuses: CampusOption[]; checked: string[]; errors?: string[] }) {
  const errorId = errors?.length ? "campusIds-error" : undefined;
  return (
    <fieldset aria-describedby={["campusIds-hint", errorId].filter(Boolean).join(" ")} className="flex flex-col gap-1">
      <legend className="text-base font-semibold">Which campuses?</legend>
      <p id="campusIds-hint" className="text-sm text-ink-muted">
        Leave all unticked if the whole hospital is affected.
      </p>
      {errorId && (
        <p id={errorId} className="text-base font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {errors?.join(" ")}
        </p>
      )}
      {campuses.map((campus) => (
        <label key={campus.id} className="flex min-h-12 items-center gap-3 text-lg">
          <input type="checkbox" name="campusIds" value={campus.id} defaultChecked={checked.includes(campus.id)} className="size-6" />
          {campus.name}
        </label>
      ))}
    </fieldset>
  );
}

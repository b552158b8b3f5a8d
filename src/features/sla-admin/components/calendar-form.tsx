"use client";

import { useActionState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { saveCalendarAction } from "../actions";
import type { FormState, FormValues } from "../schemas";
import { Choice } from "./choice";
import { OpeningHoursFields } from "./opening-hours-fields";

type Props = { editing: { id: string; version: number } | null; initial: FormValues; timeZones: string[] };

const initialState: FormState = { status: "idle" };
const KINDS = [
  { value: "BUSINESS_HOURS", label: "During set hours only" },
  { value: "ALWAYS", label: "Around the clock, every day" },
];

/** Adds or edits a calendar: its name, when its clocks count and in which time zone. */
export function CalendarForm({ editing, initial, timeZones }: Props) {
  const [state, formAction, pending] = useActionState(saveCalendarAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  const values = state.values ?? initial;
  const value = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="calendar-form-heading" className="flex flex-col gap-6 rounded-md bg-paper p-5 shadow-sm">
      <h2 id="calendar-form-heading" className="text-xl font-bold">{editing ? "Name and hours" : "New calendar"}</h2>
      {state.message && <Notice tone="error">{state.message}</Notice>}
      {editing && <input type="hidden" name="id" value={editing.id} />}
      {editing && <input type="hidden" name="version" value={editing.version} />}
      <TextField name="name" label="Name" hint="e.g. “Service desk hours” or “Pharmacy systems team”." autoComplete="off" defaultValue={value("name")} errors={state.fields?.name} />
      <Choice id="kind" name="kind" label="When the clock counts" options={KINDS} defaultValue={value("kind")} errors={state.fields?.kind} />
      <Choice id="timeZone" name="timeZone" label="Time zone" hint="Opening hours and holidays are read in this zone." options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))} defaultValue={value("timeZone")} errors={state.fields?.timeZone} />
      <OpeningHoursFields values={values} errors={state.fields} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : editing ? "Save calendar" : "Add calendar"}</Button>
        <ButtonLink href="/admin/sla" variant="secondary">Back to SLA policies</ButtonLink>
      </div>
    </form>
  );
}

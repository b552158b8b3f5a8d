"use client";

import { useActionState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { PRIORITY_WORDS } from "@/domain/tickets/status";
import { PRIORITIES } from "@/domain/triage/matrix";
import { savePolicyAction } from "../actions";
import type { FormState, FormValues } from "../schemas";
import { TARGET_UNITS, UNIT_WORDS } from "../targets";
import { Checkbox, Choice } from "./choice";

type Option = { id: string; name: string };
export type CalendarChoice = Option & { dayWords: string };
type Props = {
  editing: { id: string; version: number } | null;
  initial: FormValues;
  categories: Option[];
  teams: Option[];
  calendars: CalendarChoice[];
};

const initialState: FormState = { status: "idle" };
const options = (items: Option[], all?: string) => [...(all ? [{ value: "", label: all }] : []), ...items.map((item) => ({ value: item.id, label: item.name }))];
const unitOptions = TARGET_UNITS.map((unit) => ({ value: unit, label: UNIT_WORDS[unit] }));

function Target({ prefix, legend, hint, values, fields, calendars }: { prefix: "response" | "resolution"; legend: string; hint: string; values: FormValues; fields: FormState["fields"]; calendars: CalendarChoice[] }) {
  const value = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={`${prefix}-hint`}>
      <legend className="mb-1 text-lg font-bold">{legend}</legend>
      <p id={`${prefix}-hint`} className="text-sm text-ink-muted">{hint}</p>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id={`${prefix}Amount`} name={`${prefix}Amount`} label="Time" inputMode="decimal" autoComplete="off" defaultValue={value(`${prefix}Amount`)} errors={fields?.[`${prefix}Amount`]} />
        <Choice id={`${prefix}Unit`} name={`${prefix}Unit`} label="Unit" options={unitOptions} defaultValue={value(`${prefix}Unit`)} errors={fields?.[`${prefix}Unit`]} />
        <Choice id={`${prefix}CalendarId`} name={`${prefix}CalendarId`} label="Counted during" options={options(calendars)} defaultValue={value(`${prefix}CalendarId`)} errors={fields?.[`${prefix}CalendarId`]} />
      </div>
    </fieldset>
  );
}

/** Adds or edits one policy; a refused save (a field, a twin policy, a stale version) keeps everything typed. */
export function PolicyForm({ editing, initial, categories, teams, calendars }: Props) {
  const [state, formAction, pending] = useActionState(savePolicyAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  const values = state.values ?? initial;
  const value = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const days = calendars.map((calendar) => `${calendar.name}: ${calendar.dayWords}`).join("; ");
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="policy-form-heading" className="flex flex-col gap-6 rounded-md bg-paper p-5 shadow-sm">
      <h2 id="policy-form-heading" className="text-xl font-bold">{editing ? "Policy" : "New policy"}</h2>
      {state.message && <Notice tone="error">{state.message}</Notice>}
      {editing && <input type="hidden" name="id" value={editing.id} />}
      {editing && <input type="hidden" name="version" value={editing.version} />}
      <TextField name="name" label="Name" hint="Shown to staff beside the targets, e.g. “Normal (P3)” or “Normal, pharmacy systems”." autoComplete="off" defaultValue={value("name")} errors={state.fields?.name} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-lg font-bold">Which tickets it covers</legend>
        <Choice id="priority" name="priority" label="Priority" options={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_WORDS[p] }))} defaultValue={value("priority")} errors={state.fields?.priority} />
        <Choice id="categoryId" name="categoryId" label="Category" hint="A category also covers the categories inside it. A policy for one category wins over “All categories”." options={options(categories, "All categories")} defaultValue={value("categoryId")} errors={state.fields?.categoryId} />
        <Choice id="teamId" name="teamId" label="Team" hint="The team the ticket is with when it is filed or re-prioritised." options={options(teams, "All teams")} defaultValue={value("teamId")} errors={state.fields?.teamId} />
      </fieldset>
      <Target prefix="response" legend="First response within" hint="Until a technician first answers or starts work." values={values} fields={state.fields} calendars={calendars} />
      <Target prefix="resolution" legend="Fixed within" hint={`Until the problem is fixed. A business day is the calendar’s usual open day (${days}).`} values={values} fields={state.fields} calendars={calendars} />
      <Checkbox name="active" label="In use (switch off to keep the policy without applying it)" checked={value("active") === "on"} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : editing ? "Save policy" : "Add policy"}</Button>
        <ButtonLink href="/admin/sla" variant="secondary">Cancel</ButtonLink>
      </div>
    </form>
  );
}

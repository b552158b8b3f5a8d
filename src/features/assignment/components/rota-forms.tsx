"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { WEEKDAY_NAMES } from "@/domain/assignment/shifts";
import { addOnCallAction, addShiftAction } from "../actions";
import type { OnCallField, RotaFormState, ShiftField } from "../schemas";
import { SelectField, type OptionGroup } from "@/components/ui/select-field";

export type TeamChoice = { id: string; name: string; members: { id: string; name: string }[] };

const teamGroups = (teams: TeamChoice[]): OptionGroup[] => [{ label: "", options: teams.map((team) => ({ value: team.id, label: team.name })) }];
// People are listed under their teams; picking someone outside the chosen team is answered with a field error.
const memberGroups = (teams: TeamChoice[]): OptionGroup[] =>
  teams.filter((team) => team.members.length > 0).map((team) => ({ label: team.name, options: team.members.map((m) => ({ value: m.id, label: m.name })) }));
const weekdayGroups: OptionGroup[] = [{ label: "", options: WEEKDAY_NAMES.map((name, index) => ({ value: String(index + 1), label: name })) }];

function Answer<F extends string>({ state }: { state: RotaFormState<F> }) {
  if (state.status === "error") return <Notice tone="error">{state.message}</Notice>;
  if (state.status === "saved") return <Notice tone="success">{state.message}</Notice>;
  return null;
}

export function AddShiftForm({ teams }: { teams: TeamChoice[] }) {
  const [state, formAction, pending] = useActionState(addShiftAction, { status: "idle" } as RotaFormState<ShiftField>);
  const formRef = useFocusAfterAnswer(state);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="add-shift-heading" className="flex flex-col gap-5 rounded-md bg-paper p-5 shadow-sm">
      <h2 id="add-shift-heading" className="text-xl font-bold">
        Add a weekly shift
      </h2>
      <Answer state={state} />
      <SelectField id="shift-team" name="teamId" label="Team" placeholder="Choose a team" groups={teamGroups(teams)} defaultValue={values?.teamId} errors={state.fields?.teamId} />
      <SelectField id="shift-user" name="userId" label="Who works it" placeholder="Choose a team member" groups={memberGroups(teams)} defaultValue={values?.userId} errors={state.fields?.userId} />
      <SelectField id="shift-weekday" name="weekday" label="Day it starts" placeholder="Choose a day" groups={weekdayGroups} defaultValue={values?.weekday} errors={state.fields?.weekday} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField id="shift-start" name="start" label="Starts at" hint="24-hour clock, e.g. 07:00" inputMode="numeric" autoComplete="off" defaultValue={values?.start} errors={state.fields?.start} />
        <TextField id="shift-end" name="end" label="Ends at" hint="An end before the start runs past midnight, e.g. 19:00 to 07:00" inputMode="numeric" autoComplete="off" defaultValue={values?.end} errors={state.fields?.end} />
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Adding…" : "Add shift"}
      </Button>
    </form>
  );
}

export function AddOnCallForm({ teams, timeZone }: { teams: TeamChoice[]; timeZone: string }) {
  const [state, formAction, pending] = useActionState(addOnCallAction, { status: "idle" } as RotaFormState<OnCallField>);
  const formRef = useFocusAfterAnswer(state);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="add-on-call-heading" className="flex flex-col gap-5 rounded-md bg-paper p-5 shadow-sm">
      <h2 id="add-on-call-heading" className="text-xl font-bold">
        Add an on-call period
      </h2>
      <p className="text-base">When nobody on the team is on shift, the person on call is paged for critical and urgent tickets. Times are hospital time ({timeZone}).</p>
      <Answer state={state} />
      <SelectField id="oncall-team" name="teamId" label="Team" placeholder="Choose a team" groups={teamGroups(teams)} defaultValue={values?.teamId} errors={state.fields?.teamId} />
      <SelectField id="oncall-user" name="userId" label="Who is on call" placeholder="Choose a team member" groups={memberGroups(teams)} defaultValue={values?.userId} errors={state.fields?.userId} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField id="oncall-from" name="from" type="datetime-local" label="From" defaultValue={values?.from} errors={state.fields?.from} />
        <TextField id="oncall-to" name="to" type="datetime-local" label="To" defaultValue={values?.to} errors={state.fields?.to} />
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Adding…" : "Add on-call period"}
      </Button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { ROLE_LABELS, ROLES } from "@/domain/authz/roles";
import { IMPACT_WORDS, IMPACTS, PRIORITIES, URGENCIES, URGENCY_WORDS } from "@/domain/triage/matrix";
import type { TriageRuleDef } from "@/domain/triage/rules";
import { saveRuleAction } from "../actions";
import type { FormValues, RuleFormState } from "../schemas";
import type { Option } from "../queries";
import { ChoiceSelect } from "./choice-select";

export type RuleFormOptions = { categories: Option[]; locations: Option[]; teams: Option[]; staff: Option[] };
type Editing = TriageRuleDef & { id: string; version: number };

const initialState: RuleFormState = { status: "idle" };
const opts = (items: readonly Option[]) => items.map((item) => ({ value: item.id, label: item.name }));

/** A stored rule as the form's values, so editing starts from what is saved. */
function valuesFor(rule: Editing): FormValues {
  const { conditions: c, actions: a } = rule;
  return {
    name: rule.name,
    categoryIds: c.categoryIds ?? [],
    locationIds: c.locationIds ?? [],
    summaryWords: (c.summaryWords ?? []).join(", "),
    impact: c.impact ?? [],
    urgency: c.urgency ?? [],
    timeFrom: c.timeOfDay?.from ?? "",
    timeTo: c.timeOfDay?.to ?? "",
    requesterRoles: c.requesterRoles ?? [],
    raisePriorityTo: a.raisePriorityTo ?? "",
    setMode: a.setMode ?? "",
    setTeamId: a.setTeam?.id ?? "",
    assignToUserId: a.assignTo?.id ?? "",
    addTags: (a.addTags ?? []).join(", "),
  };
}

export function RuleForm({ options, editing }: { options: RuleFormOptions; editing?: Editing }) {
  const [state, formAction, pending] = useActionState(saveRuleAction, initialState);
  const values = state.values ?? (editing ? valuesFor(editing) : {});
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const field = (name: string) => ({ name, defaultValue: values[name], errors: state.fields?.[name as keyof NonNullable<RuleFormState["fields"]>] });
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5 rounded-md bg-paper p-5 shadow-sm">
      <h2 className="text-xl font-bold">{editing ? `Edit rule ${editing.position}` : "Add a rule"}</h2>
      {state.message && <Notice tone="error">{state.message}</Notice>}
      {editing && <input type="hidden" name="ruleId" value={editing.id} />}
      {editing && <input type="hidden" name="version" value={editing.version} />}
      <TextField name="name" label="Rule name" hint="Shown in every ticket's reason, e.g. “ED printers at night”." autoComplete="off" required defaultValue={text("name")} errors={state.fields?.name} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-bold">When a new ticket matches all of these (leave empty to match any)</legend>
        <ChoiceSelect idPrefix="rule" {...field("categoryIds")} label="Categories" hint="Any of the chosen. Ctrl or Cmd + click to choose several." multiple options={opts(options.categories)} />
        <ChoiceSelect idPrefix="rule" {...field("locationIds")} label="Places" hint="A unit, building or campus also matches the rooms inside it." multiple options={opts(options.locations)} />
        <TextField name="summaryWords" label="Words in the summary" hint="Whole words, separated by commas; any one matches." autoComplete="off" defaultValue={text("summaryWords")} errors={state.fields?.summaryWords} />
        <ChoiceSelect idPrefix="rule" {...field("impact")} label="Who is affected" multiple options={IMPACTS.map((i) => ({ value: i, label: IMPACT_WORDS[i] }))} />
        <ChoiceSelect idPrefix="rule" {...field("urgency")} label="How care is affected" multiple options={URGENCIES.map((u) => ({ value: u, label: URGENCY_WORDS[u] }))} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="timeFrom" type="time" label="From (hospital time)" hint="For night rules, e.g. 22:00." defaultValue={text("timeFrom")} errors={state.fields?.timeFrom} />
          <TextField name="timeTo" type="time" label="Until" hint="May be past midnight, e.g. 06:00." defaultValue={text("timeTo")} errors={state.fields?.timeTo} />
        </div>
        <ChoiceSelect idPrefix="rule" {...field("requesterRoles")} label="Reported by" multiple options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-bold">Then</legend>
        <ChoiceSelect idPrefix="rule" {...field("raisePriorityTo")} label="Raise the priority to" hint="Only ever raises: a P1 stays P1." emptyLabel="Leave the priority" options={PRIORITIES.map((p) => ({ value: p, label: p }))} />
        <ChoiceSelect idPrefix="rule" {...field("setMode")} label="Work mode" emptyLabel="Leave the mode" options={[{ value: "ONSITE", label: "On site" }, { value: "REMOTE", label: "Remote" }]} />
        <ChoiceSelect idPrefix="rule" {...field("setTeamId")} label="Send to team" emptyLabel="Leave the team" options={opts(options.teams)} />
        <ChoiceSelect idPrefix="rule" {...field("assignToUserId")} label="Assign to" emptyLabel="Nobody in particular" options={opts(options.staff)} />
        <TextField name="addTags" label="Add tags" hint="Lowercase, separated by commas, e.g. ed-night." autoComplete="off" defaultValue={text("addTags")} errors={state.fields?.addTags} />
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : editing ? "Save rule" : "Add rule"}
        </Button>
        {editing && (
          <ButtonLink href="/admin/triage" variant="secondary">
            Cancel
          </ButtonLink>
        )}
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { FieldShell } from "@/components/ui/field-shell";
import { Notice } from "@/components/ui/notice";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { saveCategoryAction } from "../actions";
import type { CategoryRow } from "../queries";
import type { CategoryFormState } from "../schemas";

const initialState: CategoryFormState = { status: "idle" };

function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex min-h-12 items-center gap-3 text-lg">
      <input key={String(checked)} type="checkbox" name={name} defaultChecked={checked} className="h-6 w-6" />
      {label}
    </label>
  );
}

/** Edits one category; a refused save comes back with every field as the admin typed it. */
export function CategoryForm({ category, teams }: { category: CategoryRow; teams: { id: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(saveCategoryAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  const v = state.values;
  const text = (name: "name" | "description" | "keywords") => v?.[name] ?? category[name];
  const teamId = v ? (v.defaultTeamId ?? "") : (category.defaultTeamId ?? "");
  const mode = v?.defaultMode ?? category.defaultMode;
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-4 rounded-md bg-paper p-5 shadow-sm" aria-labelledby="edit-heading">
      <h2 id="edit-heading" className="text-xl font-bold">
        Edit “{category.name}”
      </h2>
      {state.message && <Notice tone="error">{state.message}</Notice>}
      <input type="hidden" name="categoryId" value={category.id} />
      <TextField name="name" label="Name (plain words a nurse would use)" defaultValue={text("name")} errors={state.fields?.name} required />
      <TextAreaField name="description" label="Description" defaultValue={text("description")} errors={state.fields?.description} rows={2} />
      <TextField name="keywords" label="Search words" hint="Other words people type for this, separated by spaces or commas." defaultValue={text("keywords")} errors={state.fields?.keywords} />
      <FieldShell id="defaultTeamId" label="Default team" errors={state.fields?.defaultTeamId}>
        {(control) => (
          // A select keeps its first default after React resets the form: the key remounts it with the answer.
          <select {...control} key={teamId} name="defaultTeamId" defaultValue={teamId}>
            <option value="">No default team</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <FieldShell id="defaultMode" label="Default way of working" errors={state.fields?.defaultMode}>
        {(control) => (
          <select {...control} key={mode} name="defaultMode" defaultValue={mode}>
            <option value="ONSITE">On site</option>
            <option value="REMOTE">Remote</option>
          </select>
        )}
      </FieldShell>
      <Checkbox name="clinicalCritical" label="Clinical-critical (raises the priority floor)" checked={v ? v.clinicalCritical === "on" : category.clinicalCritical} />
      <Checkbox name="active" label="Active (shown when reporting a problem)" checked={v ? v.active === "on" : category.active} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save category"}
        </Button>
        <ButtonLink href="/admin/categories" variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FieldShell } from "@/components/ui/field-shell";
import { Notice } from "@/components/ui/notice";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { addMemberAction } from "../actions";
import type { AddMemberState } from "../schemas";

type Person = { id: string; displayName: string; role: string };

/** Adds a person to one team; a refusal (already on it) is said at the select, which keeps the choice. */
export function AddMemberForm({ team, people }: { team: { id: string; name: string }; people: Person[] }) {
  const [state, formAction, pending] = useActionState(addMemberAction, { status: "idle" } as AddMemberState);
  const formRef = useFocusAfterAnswer(state);
  const chosen = state.status === "error" ? (state.values?.userId ?? "") : "";
  const id = `add-${team.id}`;
  return (
    <form ref={formRef} action={formAction} aria-label={`Add a person to ${team.name}`} className="flex flex-col gap-3">
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      {state.status === "saved" && (
        <p role="status" className="text-lg font-semibold">
          {state.message}
        </p>
      )}
      <input type="hidden" name="teamId" value={team.id} />
      <FieldShell id={`${id}-user`} label="Person to add" errors={state.fields?.userId}>
        {(control) => (
          // A select keeps its first default after React resets the form: the key remounts it with the answer.
          <select {...control} key={`${state.status}-${chosen}`} name="userId" defaultValue={chosen} required>
            <option value="">Choose a person</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.displayName}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <label className="flex min-h-12 items-center gap-3 text-lg">
        <input type="checkbox" name="isLead" className="h-6 w-6" />
        Team lead
      </label>
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {pending ? "Adding…" : "Add to team"}
      </Button>
    </form>
  );
}

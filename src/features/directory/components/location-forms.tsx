"use client";

import { useActionState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { addRoomAction, saveLocationAction } from "../actions";
import type { AddRoomState, LocationFormState } from "../schemas";

type Place = { id: string; kind: string; code: string; name: string; criticalCare: boolean; active: boolean };
const KIND_WORDS: Record<string, string> = { CAMPUS: "campus", BUILDING: "building", FLOOR: "floor", UNIT: "unit", ROOM: "room" };

function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex min-h-12 items-center gap-3 text-lg">
      <input key={String(checked)} type="checkbox" name={name} defaultChecked={checked} className="h-6 w-6" />
      {label}
    </label>
  );
}

/** Rename, (de)activate, and for a unit mark critical care; a refused save keeps what was typed. */
export function LocationForm({ place, saved }: { place: Place; saved: boolean }) {
  const [state, formAction, pending] = useActionState(saveLocationAction, { status: "idle" } as LocationFormState);
  const formRef = useFocusAfterAnswer(state);
  const v = state.values;
  return (
    <form ref={formRef} action={formAction} aria-labelledby="place-heading" className="flex flex-col gap-4 rounded-md bg-paper p-5 shadow-sm">
      <h2 id="place-heading" className="text-xl font-bold">
        Edit the {KIND_WORDS[place.kind] ?? "place"} “{place.name}”
      </h2>
      <p className="text-sm text-ink-muted">Code {place.code}</p>
      {state.message && <Notice tone="error">{state.message}</Notice>}
      {saved && !state.message && <Notice tone="success">Saved.</Notice>}
      <input type="hidden" name="locationId" value={place.id} />
      <TextField id="place-name" name="name" label="Name" defaultValue={v?.name ?? place.name} errors={state.fields?.name} required />
      {place.kind === "UNIT" && <Checkbox name="criticalCare" label="Critical care (raises the priority floor)" checked={v ? v.criticalCare === "on" : place.criticalCare} />}
      <Checkbox name="active" label="Active (shown when reporting a problem)" checked={v ? v.active === "on" : place.active} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
        <ButtonLink href="/admin/locations" variant="secondary">
          Close
        </ButtonLink>
      </div>
    </form>
  );
}

/** Adds a room to a unit; after a success the field empties for the next one. */
export function AddRoomForm({ unit }: { unit: Place }) {
  const [state, formAction, pending] = useActionState(addRoomAction, { status: "idle" } as AddRoomState);
  const formRef = useFocusAfterAnswer(state);
  return (
    <form ref={formRef} action={formAction} aria-labelledby="room-heading" className="flex flex-col gap-4 rounded-md bg-paper p-5 shadow-sm">
      <h2 id="room-heading" className="text-xl font-bold">
        Add a room to {unit.name}
      </h2>
      {state.status === "error" && state.message && <Notice tone="error">{state.message}</Notice>}
      {state.status === "saved" && (
        <p role="status" className="text-lg font-semibold">
          {state.message}
        </p>
      )}
      <input type="hidden" name="unitId" value={unit.id} />
      <TextField
        key={state.status === "saved" ? state.message : "room"}
        id="room-name"
        name="name"
        label="Room name"
        hint={`Its code is made from the unit's code (${unit.code}) and the name.`}
        defaultValue={state.status === "error" ? state.values?.name : ""}
        errors={state.fields?.name}
        required
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Adding…" : "Add room"}
      </Button>
    </form>
  );
}

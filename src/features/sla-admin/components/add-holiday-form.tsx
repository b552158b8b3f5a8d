"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { addHolidayAction } from "../actions";
import type { FormState } from "../schemas";

const initialState: FormState = { status: "idle" };

export function AddHolidayForm({ calendarId }: { calendarId: string }) {
  const [state, formAction, pending] = useActionState(addHolidayAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  const value = (name: string) => (state.status === "error" && typeof state.values?.[name] === "string" ? (state.values[name] as string) : "");
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="add-holiday-heading" className="flex flex-col gap-4 border-t border-line/40 pt-4">
      <h3 id="add-holiday-heading" className="text-lg font-bold">Add a holiday</h3>
      {state.message && <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>}
      <input type="hidden" name="calendarId" value={calendarId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="holiday-date" name="date" type="date" label="Date" defaultValue={value("date")} errors={state.fields?.date} />
        <TextField id="holiday-name" name="name" label="Holiday name" hint="e.g. “Christmas Day”." autoComplete="off" defaultValue={value("name")} errors={state.fields?.name} />
      </div>
      <Button type="submit" disabled={pending} className="self-start">{pending ? "Adding…" : "Add holiday"}</Button>
    </form>
  );
}

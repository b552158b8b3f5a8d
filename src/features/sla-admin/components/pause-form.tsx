"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useFocusAfterAnswer } from "@/components/ui/use-focus-after-answer";
import { STATUS_WORDS } from "@/domain/tickets/status";
import { saveSettingsAction } from "../actions";
import { PAUSABLE_STATUSES, type FormState } from "../schemas";
import { Checkbox } from "./choice";

const initialState: FormState = { status: "idle" };

// Staff words first; the reporter sees the status in their own words, given after it.
const PAUSE_WORDS: Record<(typeof PAUSABLE_STATUSES)[number], string> = {
  WAITING_ON_CLINICIAN: "waiting for the reporter to reply",
  WAITING_ON_VENDOR: "waiting for a supplier",
};

export function PauseForm({ pauseStatuses, version }: { pauseStatuses: readonly string[]; version: number }) {
  const [state, formAction, pending] = useActionState(saveSettingsAction, initialState);
  const formRef = useFocusAfterAnswer(state);
  const chosen = state.status === "error" && Array.isArray(state.values?.pauseStatuses) ? state.values.pauseStatuses : pauseStatuses;
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="pause-heading" className="flex flex-col gap-4 rounded-md bg-paper p-5 shadow-sm">
      <h2 id="pause-heading" className="text-xl font-bold">When the clock stops</h2>
      {state.message && <Notice tone={state.status === "error" ? "error" : "success"}>{state.message}</Notice>}
      <input type="hidden" name="version" value={version} />
      <fieldset key={version} className="flex flex-col gap-1" aria-describedby="pause-hint">
        <legend className="mb-1 text-lg font-semibold">The clock stops while a ticket is …</legend>
        <p id="pause-hint" className="mb-2 text-sm text-ink-muted">
          Only waiting can stop it: while a ticket is new, being worked on or reopened, the hospital is waiting on IT. A change applies from each ticket’s next status change.
        </p>
        {PAUSABLE_STATUSES.map((status) => (
          <Checkbox key={status} name="pauseStatuses" value={status} checked={chosen.includes(status)} label={<>{PAUSE_WORDS[status]} <span className="text-base text-ink-muted">(reporters see “{STATUS_WORDS[status]}”)</span></>} />
        ))}
      </fieldset>
      <Button type="submit" disabled={pending} className="self-start">{pending ? "Saving…" : "Save"}</Button>
    </form>
  );
}

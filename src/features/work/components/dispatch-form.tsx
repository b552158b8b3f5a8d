"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { dispatchAction } from "../actions";
import { DISPATCH_BUTTONS } from "../dispatch";
import type { TDispatchStep } from "../schemas";
import { idleWork, WorkForm, type WorkTicketRef } from "./work-form";

/**
 * One large button for the next step of the visit; the steps go in order so travel and hands-on time are known.
 * After the last step the form stays, without a button, so the answer is still read out where focus is.
 */
export function DispatchForm({ ticket, next }: { ticket: WorkTicketRef; next: TDispatchStep | null }) {
  const [state, action, pending] = useActionState(dispatchAction, idleWork);
  if (!next && state.status === "idle") return null;
  return (
    <WorkForm ticket={ticket} state={state} action={action} label="Record your visit">
      {next && (
        <>
          <input type="hidden" name="step" value={next} />
          <Button type="submit" disabled={pending} className="w-full text-lg sm:w-auto sm:self-start">
            {pending ? "Saving…" : DISPATCH_BUTTONS[next]}
          </Button>
        </>
      )}
    </WorkForm>
  );
}

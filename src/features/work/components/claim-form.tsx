"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { claimAction } from "../actions";
import { idleWork, WorkForm, type WorkTicketRef } from "./work-form";

/**
 * "Take this ticket": of several technicians pressing at once, one gets it and the others hear who did. Once
 * someone has it the button goes, but the answer stays where focus is.
 */
export function ClaimForm({ ticket, claimable }: { ticket: WorkTicketRef; claimable: boolean }) {
  const [state, action, pending] = useActionState(claimAction, idleWork);
  if (!claimable && state.status === "idle") return null;
  return (
    <WorkForm ticket={ticket} state={state} action={action} label="Take this ticket">
      {claimable && (
        <Button type="submit" disabled={pending} className="w-full sm:w-auto sm:self-start">
          {pending ? "Taking it…" : "Take this ticket"}
        </Button>
      )}
    </WorkForm>
  );
}

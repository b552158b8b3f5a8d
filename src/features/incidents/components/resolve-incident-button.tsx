"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";
import { resolveIncidentAction } from "../actions";

function Submit({ title }: { title: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="secondary" disabled={pending} aria-label={`Resolved: ${title}`}>
      {pending ? "Saving…" : "Resolved"}
    </Button>
  );
}

/** Marks one outage resolved; new reports stop joining it and intake stops showing it. */
export function ResolveIncidentButton({ incidentId, title }: { incidentId: string; title: string }) {
  return (
    <form action={resolveIncidentAction}>
      <input type="hidden" name="incidentId" value={incidentId} />
      <Submit title={title} />
    </form>
  );
}

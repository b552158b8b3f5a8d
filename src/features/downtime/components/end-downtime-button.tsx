"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";
import { endDowntimeAction } from "../actions";

function Submit({ title }: { title: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="secondary" disabled={pending} aria-label={`End downtime: ${title}`}>
      {pending ? "Ending…" : "End downtime"}
    </Button>
  );
}

/** Ends one running downtime; a second click (or a second manager) is harmless, the command ends it once. */
export function EndDowntimeButton({ downtimeId, title }: { downtimeId: string; title: string }) {
  return (
    <form action={endDowntimeAction}>
      <input type="hidden" name="downtimeId" value={downtimeId} />
      <Submit title={title} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { claimAction } from "@/features/work/actions";
import type { WorkFormState } from "@/features/work/schemas";
import { useAnnounce } from "./queue-shell";

const IDLE: WorkFormState = { status: "idle" };

/** "Claim" on a queue row. The answer (yours, or who was faster) is announced above the list. */
export function ClaimButton({ ticketId, version, ticketLabel }: { ticketId: string; version: number; ticketLabel: string }) {
  const announce = useAnnounce();
  const [, action, pending] = useActionState(async (previous: WorkFormState, form: FormData) => {
    const result = await claimAction(previous, form);
    const words = result.status === "done" ? `${ticketLabel}: ${result.message ?? "It's yours."} It is now under Mine.` : `${ticketLabel}: ${result.message ?? "It was not claimed."}`;
    announce(words, result.status === "done" ? "done" : "error");
    return result;
  }, IDLE);
  return (
    <form action={action} data-claim>
      <input type="hidden" name="ticketId" value={ticketId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" disabled={pending} aria-label={`Claim ${ticketLabel}`} className="w-full sm:w-auto">
        {pending ? "Claiming…" : "Claim"}
      </Button>
    </form>
  );
}

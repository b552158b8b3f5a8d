"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { REDACTED } from "@/domain/phi/detect";
import type { PhiFindingView } from "../schemas";

/**
 * The PHI guard's warning inside a form: what looks like patient data, quoted so it can be found. Nothing was
 * stored; the person edits and sends again, or asks the server to replace those parts (it detects again).
 */
export function PhiWarning({ findings, pending }: { findings: readonly PhiFindingView[]; pending: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="rounded-md border-l-8 border-[#8a5a00] bg-warn-bg p-4">
      <p className="font-bold">This looks like patient information</p>
      <p className="mt-1">WardDesk must not store patient details. Nothing has been sent yet. We found:</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {findings.map((finding, index) => (
          <li key={index}>
            {finding.words}: <q className="font-semibold">{finding.text}</q>
          </li>
        ))}
      </ul>
      <p className="mt-3">Change the text and send it again, or let us replace those parts for you.</p>
      <Button type="submit" name="phiDecision" value="redact" variant="secondary" disabled={pending} className="mt-3 w-full sm:w-auto">
        Replace those parts with {REDACTED} and send
      </Button>
    </div>
  );
}

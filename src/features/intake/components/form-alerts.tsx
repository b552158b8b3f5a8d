"use client";

import { useEffect, useRef } from "react";
import { REDACTED } from "@/domain/phi/detect";
import { Button } from "@/components/ui/button";
import type { IntakeField, IntakeFieldErrors, PhiNotice } from "../schemas";

// Where each field's error link lands: the control itself, or a question's first choice.
const FIELD_TARGETS: Record<IntakeField, { label: string; target: string }> = {
  requesterEmail: { label: "Their work email", target: "requesterEmail" },
  summary: { label: "Summary", target: "summary" },
  categoryId: { label: "Category", target: "categoryId" },
  locationId: { label: "Location", target: "locationId" },
  impact: { label: "How many people are affected?", target: "impact-0" },
  urgency: { label: "How is patient care affected?", target: "urgency-0" },
  patientSafety: { label: "Is a patient at risk?", target: "patientSafety-0" },
  details: { label: "Details", target: "details" },
  callbackNumber: { label: "Callback number", target: "callbackNumber" },
  assetTag: { label: "Asset tag", target: "assetTag" },
  idempotencyKey: { label: "Form", target: "summary" },
};

/** A box that takes focus when it appears, so keyboard and screen-reader users land on what needs doing. */
function FocusedAlert({ className, children }: { className: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} role="alert" tabIndex={-1} className={`rounded-md border-l-8 p-4 ${className}`}>
      {children}
    </div>
  );
}

/** "Some answers need another look", with a link to each field that needs one. */
export function ErrorSummary({ message, fields }: { message?: string; fields?: IntakeFieldErrors }) {
  const entries = (Object.keys(FIELD_TARGETS) as IntakeField[]).filter((field) => fields?.[field]?.length);
  return (
    <FocusedAlert className="border-danger bg-danger-bg">
      <p className="font-bold">{message ?? "Some answers need another look"}</p>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {entries.map((field) => (
            <li key={field}>
              <a href={`#${FIELD_TARGETS[field].target}`} className="font-semibold text-danger underline">
                {FIELD_TARGETS[field].label.replace(/[?:]$/, "")}: {fields![field]!.join(" ")}
              </a>
            </li>
          ))}
        </ul>
      )}
    </FocusedAlert>
  );
}

/**
 * The PHI guard's warning: what looks like patient data, where, quoted so it can be found. The nurse edits the
 * text and sends again, or asks the server to replace those parts (it detects again; nothing is trusted from here).
 */
export function PhiWarning({ notices, pending }: { notices: readonly PhiNotice[]; pending: boolean }) {
  return (
    <FocusedAlert className="border-[#8a5a00] bg-warn-bg">
      <p className="font-bold">This looks like patient information</p>
      <p className="mt-1">WardDesk must not store patient details. Nothing has been sent yet. We found:</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {notices.map((notice, index) => (
          <li key={`${notice.field}-${index}`}>
            In <a href={`#${notice.field}`} className="font-semibold underline">{notice.field === "summary" ? "Summary" : "Details"}</a>:{" "}
            {notice.words}: <q className="font-semibold">{notice.text}</q>
          </li>
        ))}
      </ul>
      <p className="mt-3">Change the text and send it again, or let us replace those parts for you.</p>
      <Button type="submit" name="phiDecision" value="redact" variant="secondary" disabled={pending} className="mt-3 w-full sm:w-auto">
        Replace those parts with {REDACTED} and send
      </Button>
    </FocusedAlert>
  );
}

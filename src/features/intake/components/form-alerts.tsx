"use client";

import { PhiWarning } from "@/components/phi-warning";
import { FocusedAlert } from "@/components/ui/focused-alert";
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

/** The PHI guard's warning on the intake form, each finding linked to the field it was found in. */
export function IntakePhiWarning({ notices, pending }: { notices: readonly PhiNotice[]; pending: boolean }) {
  const linked = notices.map(({ field, words, text }) => ({
    words,
    text,
    field: { id: FIELD_TARGETS[field].target, label: FIELD_TARGETS[field].label },
  }));
  return <PhiWarning notices={linked} pending={pending} />;
}

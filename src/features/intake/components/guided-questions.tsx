import type { IntakeFieldErrors, IntakeValues } from "../schemas";
import { ChoiceGroup } from "./choice-group";

// Asked instead of a raw priority: triage turns these answers into one (src/domain/triage).
const IMPACT = [
  { value: "SINGLE_USER", label: "Just me" },
  { value: "UNIT", label: "My unit" },
  { value: "MULTIPLE_UNITS", label: "Several units or the whole hospital" },
] as const;
const URGENCY = [
  { value: "CARE_BLOCKED", label: "Care is blocked" },
  { value: "CARE_SLOWED", label: "Care is slowed but there is a workaround" },
  { value: "NO_CARE_IMPACT", label: "No effect on care" },
] as const;
const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

/** No answer is preselected: a default here would quietly set the priority for a nurse in a hurry. */
export function GuidedQuestions({ values, fields }: { values: IntakeValues; fields: IntakeFieldErrors }) {
  return (
    <>
      <ChoiceGroup name="impact" legend="How many people are affected?" choices={IMPACT} defaultValue={values.impact} errors={fields.impact} />
      <ChoiceGroup name="urgency" legend="How is patient care affected right now?" choices={URGENCY} defaultValue={values.urgency} errors={fields.urgency} />
      <ChoiceGroup name="patientSafety" legend="Is a patient at risk because of this?" choices={YES_NO} defaultValue={values.patientSafety} errors={fields.patientSafety} />
    </>
  );
}

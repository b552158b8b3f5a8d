import type { PolicyEditor as EditorData } from "../queries";
import { policyFormValues } from "../policy-values";
import { businessDayMinutes, targetWords } from "../targets";
import { PolicyForm } from "./policy-form";

/** The policy form with its choices made plain for the browser (a calendar's business day in words). */
export function PolicyEditor({ editor }: { editor: EditorData }) {
  const calendars = editor.calendars.map((c) => ({ id: c.id, name: c.name, dayWords: targetWords(businessDayMinutes(c.calendar), { kind: "ALWAYS" }) }));
  const { policy } = editor;
  return (
    <PolicyForm
      key={policy ? `${policy.id}-${policy.version}` : "new"}
      editing={policy ? { id: policy.id, version: policy.version } : null}
      initial={policyFormValues(editor)}
      categories={editor.categories}
      teams={editor.teams}
      calendars={calendars}
    />
  );
}

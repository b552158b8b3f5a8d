import { REDACTED } from "@/domain/phi/detect";
import { Button } from "@/components/ui/button";
import { FocusedAlert } from "@/components/ui/focused-alert";

/** One stretch of text that looks like patient data; `field` links to the box it is in when a form has several. */
export type PhiWarningNotice = { words: string; text: string; field?: { id: string; label: string } };

/**
 * The PHI guard's warning inside a form: what looks like patient data, quoted so it can be found. Nothing was
 * stored; the person edits and sends again, or asks the server to replace those parts (it detects again, nothing
 * is trusted from the page). The redact button is a submit button with its own name, so the form sends everything
 * typed along with the decision.
 */
export function PhiWarning({ notices, pending }: { notices: readonly PhiWarningNotice[]; pending: boolean }) {
  return (
    <FocusedAlert className="border-[#8a5a00] bg-warn-bg">
      <p className="font-bold">This looks like patient information</p>
      <p className="mt-1">WardDesk must not store patient details. Nothing has been sent yet. We found:</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {notices.map((notice, index) => (
          <li key={index}>
            {notice.field && (
              <>
                In <a href={`#${notice.field.id}`} className="font-semibold underline">{notice.field.label}</a>:{" "}
              </>
            )}
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

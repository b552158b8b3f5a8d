import { fileSize } from "@/lib/file-size";
import type { TimelineEntry } from "@/domain/tickets/timeline";
import { When } from "./when";

type Props = { ticketId: string; entries: TimelineEntry[]; now: Date; timeZone: string };

/** Everything that happened, oldest first, as an ordered list a screen reader can step through. */
export function TicketTimeline({ ticketId, entries, now, timeZone }: Props) {
  return (
    <ol className="flex flex-col gap-3 border-l-4 border-line pl-4">
      {entries.map((entry) => (
        <li key={entry.id} className={`rounded-md p-3 ${entry.kind === "comment" ? "bg-paper shadow-sm" : ""}`}>
          <p className="text-sm text-ink-muted">
            <When at={entry.at} now={now} timeZone={timeZone} />
          </p>
          {entry.kind === "event" ? (
            <>
              <p className="font-semibold">{entry.words.title}</p>
              {entry.words.detail && <p className="mt-1">{entry.words.detail}</p>}
              {entry.attachment && (
                <p className="mt-1">
                  <a
                    href={`/tickets/${ticketId}/attachments/${entry.attachment.id}`}
                    className="font-semibold text-brand underline underline-offset-4"
                  >
                    {entry.attachment.fileName}
                  </a>{" "}
                  ({fileSize(entry.attachment.sizeBytes)})
                </p>
              )}
            </>
          ) : (
            <>
              <p className="font-semibold">
                {entry.authorName}
                {entry.fromIt && <span className="font-normal text-ink-muted"> (IT)</span>}
                {entry.internal && <span className="ml-2 rounded bg-warn-bg px-2 text-sm">Internal note: IT only</span>}
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words">{entry.body}</p>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

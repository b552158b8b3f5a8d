import { fileSize } from "@/lib/file-size";
import type { TicketDetail } from "../queries";
import { AttachmentForm } from "./attachment-form";

/** The ticket's files, each downloaded through a route that checks who may see the ticket. */
export function AttachmentsSection({ ticket, canAttach }: { ticket: TicketDetail; canAttach: boolean }) {
  return (
    <section aria-labelledby="files-heading" className="flex flex-col gap-4 rounded-md bg-paper p-5 shadow-sm">
      <h2 id="files-heading" className="text-xl font-bold">
        Files
      </h2>
      {ticket.attachments.length === 0 ? (
        <p>No files yet.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {ticket.attachments.map((file) => (
            <li key={file.id}>
              <a href={`/tickets/${ticket.id}/attachments/${file.id}`} className="font-semibold text-brand underline underline-offset-4">
                {file.fileName}
              </a>{" "}
              ({fileSize(file.sizeBytes)}, added by {file.uploadedBy.displayName})
            </li>
          ))}
        </ul>
      )}
      {canAttach && <AttachmentForm ticketId={ticket.id} />}
    </section>
  );
}

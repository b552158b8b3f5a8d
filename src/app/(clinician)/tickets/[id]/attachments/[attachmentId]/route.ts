import { recordAccess } from "@/features/audit/record-access";
import { attachmentForDownload } from "@/features/tickets/queries";
import { requireActor } from "@/server/auth";
import { AppError, errorResponse } from "@/server/errors";

type Context = { params: Promise<{ id: string; attachmentId: string }> };

// A name browsers accept in a header: plain ASCII for old ones, the exact UTF-8 name for the rest (RFC 6266).
function disposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Serves a ticket's file to someone who may see the ticket (anyone else gets 404). The type is the one detected
 * from the bytes at upload; browsers are told not to guess (nosniff) and only images open in place.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  try {
    const actor = await requireActor("ticket:read");
    const { id, attachmentId } = await params;
    const file = await attachmentForDownload(actor, id, attachmentId);
    if (!file) throw new AppError("NOT_FOUND", "We could not find that file.");
    await recordAccess(actor, { action: "attachment.downloaded", entityType: "Attachment", entityId: attachmentId, details: { ticketId: id } });
    const image = file.contentType.startsWith("image/");
    return new Response(file.content, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.sizeBytes),
        "Content-Disposition": disposition(image ? "inline" : "attachment", file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, "attachment-download");
  }
}

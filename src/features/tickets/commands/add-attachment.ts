import { createHash } from "node:crypto";
import { env } from "@/env";
import type { Actor } from "@/domain/authz/actor";
import { detectPhi, redactPhi } from "@/domain/phi/detect";
import { ATTACHMENT_MAX_BYTES, attachmentFileName, detectFileType, FILE_SIZE_MESSAGE, FILE_TYPE_MESSAGE } from "@/domain/tickets/file-type";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { findVisibleTicket } from "../queries";

type Input = { actor: Actor; input: { ticketId: string; fileName: string; content: Uint8Array<ArrayBuffer> }; now: Date };

const invalidFile = (message: string) => new AppError("INVALID", undefined, { file: [message] });

/**
 * Stores a screenshot or PDF with the ticket, in Postgres so every app instance serves the same bytes. The
 * type comes from the file's first bytes, never from its name or the browser's claim; nothing is stored when
 * the file is refused.
 */
export const MAX_ATTACHMENTS_PER_TICKET = 20;

export async function addAttachment({ actor, input, now }: Input): Promise<{ attachmentId: string }> {
  assertCan(actor, "ticket:attach");
  const ticket = await findVisibleTicket(actor, input.ticketId);
  if (input.content.byteLength === 0) throw invalidFile("Choose a file first.");
  if (input.content.byteLength > ATTACHMENT_MAX_BYTES) throw invalidFile(FILE_SIZE_MESSAGE);
  const type = detectFileType(input.content);
  if (!type) throw invalidFile(FILE_TYPE_MESSAGE);
  // A ticket needs a few screenshots, not an archive: the cap bounds what one account can pour into the database.
  if ((await db.attachment.count({ where: { ticketId: ticket.id } })) >= MAX_ATTACHMENTS_PER_TICKET) {
    throw invalidFile(`A ticket can hold ${MAX_ATTACHMENTS_PER_TICKET} files. Ask IT in a message if you need to send more.`);
  }
  // People name files after what they show ("Smith John MRN 1234567.png"): a name is text like any other.
  const claimedName = attachmentFileName(input.fileName, type);
  const findings = detectPhi(claimedName, { mrnPattern: env().PHI_MRN_PATTERN, now });
  const fileName = redactPhi(claimedName, findings);
  const sha256 = createHash("sha256").update(input.content).digest("hex");

  return db.$transaction(async (tx) => {
    const attachment = await tx.attachment.create({
      data: {
        ticketId: ticket.id,
        uploadedById: actor.userId,
        fileName,
        contentType: type.contentType,
        sizeBytes: input.content.byteLength,
        sha256,
        content: input.content,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.ticketEvent.create({
      data: { ticketId: ticket.id, actorId: actor.userId, type: "ATTACHMENT_ADDED", createdAt: now, data: { attachmentId: attachment.id, contentType: type.contentType, sizeBytes: input.content.byteLength } },
      select: { id: true },
    });
    await tx.ticket.update({ where: { id: ticket.id }, data: { version: { increment: 1 }, updatedAt: now }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.attachment_added", entityType: "Ticket", entityId: ticket.id, details: { attachmentId: attachment.id, contentType: type.contentType, sizeBytes: input.content.byteLength, sha256, nameRedactions: findings.length } }, now);
    return { attachmentId: attachment.id };
  });
}

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestHospital } from "../../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../../tests/factories/tickets";
import { createUser } from "../../../../tests/factories/users";
import { attachmentForDownload } from "../queries";
import { FILE_SIZE_MESSAGE, FILE_TYPE_MESSAGE } from "@/domain/tickets/file-type";
import { addAttachment, MAX_ATTACHMENTS_PER_TICKET } from "./add-attachment";

const now = new Date("2026-11-30T14:00:00Z");
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_SIGNATURE);
  return bytes;
};
const pdf = () => new Uint8Array(Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"));

async function setup() {
  const hospital = await createTestHospital(db);
  const [nurseA, nurseB] = await Promise.all([createUser(db), createUser(db)]);
  const ticket = await fileTestTicket(db, actorFor(nurseA), hospital, {}, now);
  return { nurseA: actorFor(nurseA), nurseB: actorFor(nurseB), ticket };
}

describe("addAttachment", () => {
  it("stores a screenshot with its hash, event and audit row", async () => {
    const { nurseA, ticket } = await setup();
    const content = png(2048);
    const { attachmentId } = await addAttachment({ actor: nurseA, input: { ticketId: ticket.id, fileName: "error.png", content }, now });
    const stored = await db.attachment.findUniqueOrThrow({ where: { id: attachmentId } });
    expect(stored).toMatchObject({ fileName: "error.png", contentType: "image/png", sizeBytes: 2048, uploadedById: nurseA.userId });
    expect(stored.sha256).toBe(createHash("sha256").update(content).digest("hex"));
    expect(Buffer.from(stored.content).equals(Buffer.from(content))).toBe(true);
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, type: "ATTACHMENT_ADDED" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "ticket.attachment_added", entityId: ticket.id } })).toBe(1);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).version).toBe(2);
  });

  it("goes by the content, not the name: PDF bytes named .png are stored as a PDF", async () => {
    const { nurseA, ticket } = await setup();
    const { attachmentId } = await addAttachment({ actor: nurseA, input: { ticketId: ticket.id, fileName: "scan.png", content: pdf() }, now });
    expect(await db.attachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { contentType: true, fileName: true } })).toEqual({
      contentType: "application/pdf",
      fileName: "scan.pdf",
    });
  });

  it("refuses a program dressed up as a screenshot and stores nothing", async () => {
    const { nurseA, ticket } = await setup();
    const exe = new Uint8Array(Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00This program cannot be run in DOS mode", "latin1"));
    await expect(addAttachment({ actor: nurseA, input: { ticketId: ticket.id, fileName: "screenshot.png", content: exe }, now })).rejects.toMatchObject({
      code: "INVALID",
      fields: { file: [FILE_TYPE_MESSAGE] },
    });
    expect(await db.attachment.count()).toBe(0);
    expect(await db.ticketEvent.count({ where: { type: "ATTACHMENT_ADDED" } })).toBe(0);
  });

  it("accepts exactly 5 MB and refuses one byte more", async () => {
    const { nurseA, ticket } = await setup();
    const limit = 5 * 1024 * 1024;
    await addAttachment({ actor: nurseA, input: { ticketId: ticket.id, fileName: "big.png", content: png(limit) }, now });
    await expect(addAttachment({ actor: nurseA, input: { ticketId: ticket.id, fileName: "bigger.png", content: png(limit + 1) }, now })).rejects.toMatchObject({
      code: "INVALID",
      fields: { file: [FILE_SIZE_MESSAGE] },
    });
    expect(await db.attachment.count()).toBe(1);
  });

  it("keeps patient data out of file names", async () => {
    const { nurseA, ticket } = await setup();
    const { attachmentId } = await addAttachment({ actor: nurseA, input: { ticketId: ticket.id, fileName: "MRN 12345678 error.png", content: png() }, now });
    const { fileName } = await db.attachment.findUniqueOrThrow({ where: { id: attachmentId } });
    expect(fileName).not.toContain("12345678");
    expect(fileName).toMatch(/\[redacted\].*\.png$/);
  });

  it("answers NOT_FOUND on someone else's ticket, and their download is not found either", async () => {
    const { nurseA, nurseB, ticket } = await setup();
    await expect(addAttachment({ actor: nurseB, input: { ticketId: ticket.id, fileName: "a.png", content: png() }, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { attachmentId } = await addAttachment({ actor: nurseA, input: { ticketId: ticket.id, fileName: "a.png", content: png() }, now });
    expect(await attachmentForDownload(nurseA, ticket.id, attachmentId)).toMatchObject({ contentType: "image/png" });
    expect(await attachmentForDownload(nurseB, ticket.id, attachmentId)).toBeNull();
  });

  it("holds at most 20 files per ticket", async () => {
    const { nurseA, ticket } = await setup();
    for (let i = 0; i < MAX_ATTACHMENTS_PER_TICKET; i++) {
      await addAttachment({ actor: nurseA, input: { ticketId: ticket.id, fileName: `shot-${i}.png`, content: png() }, now });
    }
    await expect(addAttachment({ actor: nurseA, input: { ticketId: ticket.id, fileName: "one-more.png", content: png() }, now })).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.attachment.count({ where: { ticketId: ticket.id } })).toBe(MAX_ATTACHMENTS_PER_TICKET);
  });
});


// What a file really is, read from its first bytes. The browser's claimed type and the file's name are
// whatever the sender says; only the content decides what we store and how we serve it back.

export type DetectedFileType = { contentType: string; extension: string; isImage: boolean };

export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

export const ATTACHMENT_ACCEPT = "image/png,image/jpeg,image/gif,image/webp,application/pdf";

export const FILE_TYPE_MESSAGE = "This kind of file can't be added. Choose a screenshot (PNG, JPEG, GIF, WebP) or a PDF.";
export const FILE_SIZE_MESSAGE = "Files must be 5 MB or smaller";

type Signature = { type: DetectedFileType; matches: (bytes: Uint8Array) => boolean };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0) =>
  bytes.length >= offset + prefix.length && prefix.every((byte, i) => bytes[offset + i] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  {
    type: { contentType: "image/png", extension: "png", isImage: true },
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { type: { contentType: "image/jpeg", extension: "jpg", isImage: true }, matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  {
    type: { contentType: "image/gif", extension: "gif", isImage: true },
    matches: (b) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a")),
  },
  {
    // RIFF <4-byte size> WEBP: the RIFF container alone could also be a WAV or AVI file.
    type: { contentType: "image/webp", extension: "webp", isImage: true },
    matches: (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8),
  },
  { type: { contentType: "application/pdf", extension: "pdf", isImage: false }, matches: (b) => startsWith(b, ascii("%PDF-")) },
];

/** The file's real type if it is one we accept (PNG, JPEG, GIF, WebP, PDF), otherwise null. */
export function detectFileType(bytes: Uint8Array): DetectedFileType | null {
  return SIGNATURES.find((signature) => signature.matches(bytes))?.type ?? null;
}

const OTHER_SPELLINGS: Record<string, readonly string[]> = { jpg: ["jpeg", "jpe"] };

/**
 * A safe name to store and offer for download: no folders, no control characters, at most 120 characters,
 * ending in the extension of what the file really is ("scan.png" holding a PDF becomes "scan.pdf").
 */
export function attachmentFileName(claimedName: string, type: DetectedFileType): string {
  const base = claimedName.split(/[\\/]/).at(-1) ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  const dot = clean.lastIndexOf(".");
  const stem = (dot >= 0 ? clean.slice(0, dot) : clean).slice(0, 100).trim() || "attachment";
  const claimedExtension = dot >= 0 ? clean.slice(dot + 1).toLowerCase() : "";
  const keep = claimedExtension === type.extension || OTHER_SPELLINGS[type.extension]?.includes(claimedExtension);
  return `${stem}.${keep ? claimedExtension : type.extension}`;
}

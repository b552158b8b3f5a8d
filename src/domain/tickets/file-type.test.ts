import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { attachmentFileName, detectFileType } from "./file-type";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part)));

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], "IHDR");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF");
const PDF = bytes("%PDF-1.7\n%âãÏÓ\n");

describe("detectFileType", () => {
  it.each([
    ["PNG", PNG, "image/png"],
    ["JPEG", JPEG, "image/jpeg"],
    ["GIF87a", bytes("GIF87a", [1, 0, 1, 0]), "image/gif"],
    ["GIF89a", bytes("GIF89a", [1, 0, 1, 0]), "image/gif"],
    ["WebP", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), "image/webp"],
    ["PDF", PDF, "application/pdf"],
  ])("recognises %s by its first bytes", (_label, content, contentType) => {
    expect(detectFileType(content)?.contentType).toBe(contentType);
  });

  it.each([
    ["a Windows program", bytes("MZ", [0x90, 0, 3, 0, 0, 0])],
    ["a WAV file (RIFF but not WebP)", bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt ")],
    ["an SVG (script can hide in it)", bytes('<svg xmlns="http://www.w3.org/2000/svg">')],
    ["an HTML page", bytes("<!DOCTYPE html><html>")],
    ["a ZIP or Word document", bytes("PK", [3, 4, 20, 0])],
    ["a truncated PNG signature", bytes([0x89, 0x50, 0x4e, 0x47])],
    ["an empty file", new Uint8Array()],
    ["a PDF signature not at the start", bytes(" %PDF-1.7")],
  ])("refuses %s", (_label, content) => {
    expect(detectFileType(content)).toBeNull();
  });

  it("never throws and only ever answers one of the accepted types", () => {
    const accepted = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", undefined]);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (content) => accepted.has(detectFileType(content)?.contentType)));
  });
});

describe("attachmentFileName", () => {
  const pdf = detectFileType(PDF)!;
  const jpeg = detectFileType(JPEG)!;
  it.each([
    ["screen.pdf", pdf, "screen.pdf"],
    ["scan.png", pdf, "scan.pdf"],
    ["photo.JPEG", jpeg, "photo.jpeg"],
    ["photo.jpg", jpeg, "photo.jpg"],
    ["no-extension", pdf, "no-extension.pdf"],
    ["C:\\Users\\rn\\Desktop\\error.pdf", pdf, "error.pdf"],
    ["../../etc/passwd", pdf, "passwd.pdf"],
    ['bad"\u0000name\n.pdf', pdf, "badname.pdf"],
    [".pdf", pdf, "attachment.pdf"],
    ["", jpeg, "attachment.jpg"],
  ])("%j holding %s is stored as %j", (claimed, type, expected) => {
    expect(attachmentFileName(claimed, type)).toBe(expected);
  });

  it("keeps names short", () => {
    expect(attachmentFileName(`${"x".repeat(500)}.pdf`, pdf)).toHaveLength(104);
  });
});

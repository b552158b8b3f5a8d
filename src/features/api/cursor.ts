import { z } from "zod";
import { AppError } from "@/server/errors";

// Keyset pagination over (updatedAt DESC, id DESC): pages stay correct while tickets are filed, unlike
// OFFSET. The cursor is opaque to clients (base64url JSON) so its inside can change without breaking them.

export type TicketCursor = { updatedAt: Date; id: string };

const ZCursor = z.tuple([z.iso.datetime(), z.uuid()]);

export function encodeCursor(cursor: TicketCursor): string {
  return Buffer.from(JSON.stringify([cursor.updatedAt.toISOString(), cursor.id]), "utf8").toString("base64url");
}

export function decodeCursor(text: string): TicketCursor {
  try {
    const [updatedAt, id] = ZCursor.parse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return { updatedAt: new Date(updatedAt), id };
  } catch {
    throw new AppError("BAD_REQUEST", undefined, { cursor: ["That cursor is not one we gave out. Start again without it."] });
  }
}

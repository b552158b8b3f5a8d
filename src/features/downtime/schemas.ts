import { z } from "zod";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "@/lib/plain-text";

export const ZDeclareDowntime = z.object({
  title: z
    .string()
    .trim()
    .min(3, "Give the downtime a short title (at least 3 characters), e.g. “EHR unavailable”.")
    .max(80, "Keep the title under 80 characters.")
    .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  message: z
    .string()
    .trim()
    .min(3, "Say what staff should do instead (at least 3 characters).")
    .max(500, "Keep the message under 500 characters.")
    .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  // Empty means the whole hospital: the common case (the EHR is down everywhere) needs no ticking.
  campusIds: z.array(z.uuid("Choose campuses from the list.")).max(50).default([]),
});
export type TDeclareDowntime = z.output<typeof ZDeclareDowntime>;

export const ZEndDowntime = z.object({ downtimeId: z.uuid("That downtime does not exist.") });
export type TEndDowntime = z.output<typeof ZEndDowntime>;

export type DeclareDowntimeField = "title" | "message" | "campusIds";

export type DeclareDowntimeState = {
  status: "idle" | "error" | "declared";
  message?: string;
  fields?: Partial<Record<DeclareDowntimeField, string[]>>;
  values?: { title: string; message: string; campusIds: string[] };
};

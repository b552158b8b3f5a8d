import { z } from "zod";
import { ROLES, type TRole } from "@/domain/authz/roles";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "@/lib/plain-text";

export const ZIssueApiToken = z.object({
  name: z
    .string()
    .trim()
    .min(3, "Name the system that will use the token (at least 3 characters).")
    .max(80, "Keep the name under 80 characters.")
    .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  role: z.enum(ROLES, "Choose the role the token acts with."),
});
export type TIssueApiToken = z.output<typeof ZIssueApiToken>;

export const ZRevokeApiToken = z.object({ tokenId: z.uuid("That token does not exist.") });
export type TRevokeApiToken = z.output<typeof ZRevokeApiToken>;

export type IssueApiTokenState = {
  status: "idle" | "error" | "issued";
  message?: string;
  fields?: Partial<Record<"name" | "role", string[]>>;
  values?: { name: string; role: string };
  /** The plaintext token, shown this once and never again. */
  issued?: { name: string; role: TRole; token: string };
};

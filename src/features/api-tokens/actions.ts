"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActionActor } from "@/server/auth";
import { issueApiToken } from "./commands/issue-api-token";
import { revokeApiToken } from "./commands/revoke-api-token";
import { ZIssueApiToken, ZRevokeApiToken, type IssueApiTokenState } from "./schemas";

const PAGE = "/admin/api-tokens";

export async function issueApiTokenAction(_previous: IssueApiTokenState, form: FormData): Promise<IssueApiTokenState> {
  const actor = await requireActionActor("api-token:manage", PAGE);
  const values = { name: String(form.get("name") ?? ""), role: String(form.get("role") ?? "") };
  const input = ZIssueApiToken.safeParse(values);
  if (!input.success) {
    const fields = z.flattenError(input.error).fieldErrors as IssueApiTokenState["fields"];
    return { status: "error", message: "The token was not issued. Check the fields below.", fields, values };
  }
  const issued = await issueApiToken({ actor, input: input.data, now: new Date() });
  revalidatePath(PAGE);
  return { status: "issued", issued: { name: issued.name, role: issued.role, token: issued.token } };
}

export async function revokeApiTokenAction(form: FormData): Promise<void> {
  const actor = await requireActionActor("api-token:manage", PAGE);
  const input = ZRevokeApiToken.safeParse({ tokenId: form.get("tokenId") });
  // The id comes from our own hidden field; a bad one means a tampered form, and there is nothing to revoke.
  if (!input.success) return;
  await revokeApiToken({ actor, input: input.data, now: new Date() });
  revalidatePath(PAGE);
}

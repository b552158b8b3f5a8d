"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/domain/authz/authorize";
import { getActor, signIn, signOut } from "@/server/auth";
import { logUnexpectedError } from "@/server/errors";
import { endSession } from "./commands/end-session";
import { ZSignIn, type SignInState } from "./schemas";

function refusalMessage(code: string): string {
  if (code.startsWith("rate_limited:")) {
    const minutes = Math.max(1, Math.ceil(Number(code.split(":")[1]) / 60));
    return `Too many failed sign-ins. For your account's safety, try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or call the Service Desk.`;
  }
  return "That email and password do not match. Check them and try again.";
}

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const input = ZSignIn.safeParse({ email, password: form.get("password") ?? "", next: form.get("next") || undefined });
  if (!input.success) {
    const fields = input.error.flatten().fieldErrors as SignInState["fields"];
    return { status: "error", fields, values: { email } };
  }
  try {
    await signIn("credentials", { email: input.data.email, password: input.data.password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) return { status: "error", message: refusalMessage(error.code), values: { email } };
    if (!(error instanceof AuthError)) throw error;
    const errorId = logUnexpectedError(error, "sign-in");
    return { status: "error", message: `Sign-in failed on our side (error ${errorId}). Please try again.`, values: { email } };
  }
  // "/" sends each role to its home; a page the user was sent away from takes precedence.
  redirect(safeReturnPath(input.data.next) ?? "/");
}

export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await endSession(actor.sessionId, "signed_out", new Date());
  await signOut({ redirectTo: "/login?signedOut=1" });
}

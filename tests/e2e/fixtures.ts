// Signs a browser context in without the form: a real Session row plus the encrypted cookie Auth.js would
// set. The login spec is the one place that goes through the form.
import { test as base, type BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import type { TRole } from "../../src/domain/authz/roles";
import { DEMO_ACCOUNTS, E2E_AUTH_SECRET } from "./config";
import { query } from "./helpers";

const COOKIE = "authjs.session-token";

async function openSession(email: string): Promise<{ userId: string; sessionId: string }> {
  const [user] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!user) throw new Error(`no demo user ${email}`);
  const [session] = await query<{ id: string }>(
    `INSERT INTO "Session" (id, "userId", "expiresAt") VALUES (gen_random_uuid(), $1, now() + interval '12 hours') RETURNING id`,
    [user.id],
  );
  return { userId: user.id, sessionId: session!.id };
}

/** Signs `context` in as the person with this email (a demo account or one a spec created); returns their user id. */
export async function signInByEmail(context: BrowserContext, baseURL: string, email: string): Promise<string> {
  const { userId, sessionId } = await openSession(email);
  const value = await encode({ token: { sub: userId, sid: sessionId }, secret: E2E_AUTH_SECRET, salt: COOKIE, maxAge: 12 * 3600 });
  await context.addCookies([{ name: COOKIE, value, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  return userId;
}

export async function signInAs(context: BrowserContext, baseURL: string, role: TRole): Promise<void> {
  await signInByEmail(context, baseURL, DEMO_ACCOUNTS[role]);
}

export const test = base.extend<{ signInAs: (role: TRole) => Promise<void> }>({
  // Playwright's fixture callback is named `use` by convention; it is not a React hook.
  signInAs: async ({ context, baseURL }, provide) => {
    await provide((role) => signInAs(context, baseURL!, role));
  },
});

export { expect } from "@playwright/test";

// Signs a browser context in without the form: a real Session row plus the encrypted cookie Auth.js would
// set. The login spec is the one place that goes through the form.
import { test as base, type BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import pg from "pg";
import type { TRole } from "../../src/domain/authz/roles";
import { DEMO_ACCOUNTS, E2E_AUTH_SECRET, E2E_DATABASE_URL } from "./config";

const COOKIE = "authjs.session-token";

export async function openSession(email: string): Promise<{ userId: string; sessionId: string }> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    const user = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    const userId = user.rows[0]?.id;
    if (!userId) throw new Error(`no demo user ${email}`);
    const session = await client.query<{ id: string }>(
      `INSERT INTO "Session" (id, "userId", "expiresAt") VALUES (gen_random_uuid(), $1, now() + interval '12 hours') RETURNING id`,
      [userId],
    );
    return { userId, sessionId: session.rows[0]!.id };
  } finally {
    await client.end();
  }
}

export async function signInAs(context: BrowserContext, baseURL: string, role: TRole): Promise<void> {
  const { userId, sessionId } = await openSession(DEMO_ACCOUNTS[role]);
  const value = await encode({ token: { sub: userId, sid: sessionId }, secret: E2E_AUTH_SECRET, salt: COOKIE, maxAge: 12 * 3600 });
  await context.addCookies([{ name: COOKIE, value, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

export const test = base.extend<{ signInAs: (role: TRole) => Promise<void> }>({
  // Playwright's fixture callback is named `use` by convention; it is not a React hook.
  signInAs: async ({ context, baseURL }, provide) => {
    await provide((role) => signInAs(context, baseURL!, role));
  },
});

export { expect } from "@playwright/test";

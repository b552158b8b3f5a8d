import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret, env } from "@/env";
import type { Actor } from "@/domain/authz/actor";
import type { Permission } from "@/domain/authz/permissions";
import { PAGES, type PagePath } from "@/domain/authz/pages";
import { roleHasPermission } from "@/domain/authz/authorize";
import { signInWithPassword } from "@/features/auth/commands/sign-in-with-password";
import { loadSessionActor } from "@/features/auth/queries";
import { ZSignIn } from "@/features/auth/schemas";
import { AppError } from "./errors";
import { writeAudit } from "./audit";
import { clientInfoFrom } from "./client-info";
import { db } from "./db";

/** Why a sign-in was refused, carried from authorize() to the sign-in action through Auth.js. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | `rate_limited:${number}`) {
    super();
    this.code = code;
  }
}

// JWT sessions are the only kind Auth.js allows with credentials; the JWT carries nothing but the id of a
// Session row, and that row decides on every request (see loadSessionActor). See docs/decisions/003-sessions.md.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_HOURS * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const input = ZSignIn.safeParse(credentials);
        if (!input.success) throw new SignInRefused("invalid");
        const result = await signInWithPassword({
          email: input.data.email,
          password: input.data.password,
          client: clientInfoFrom(request.headers),
          now: new Date(),
        });
        if (!result.ok) {
          throw new SignInRefused(result.reason === "invalid" ? "invalid" : `rate_limited:${result.retryAfterSeconds}`);
        }
        return { id: result.userId, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) return { sub: user.id, sid: (user as { sessionId?: string }).sessionId };
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  logger: {
    // Refused sign-ins are expected and audited; everything else is logged by name only.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(`[auth] ${error.name}`);
    },
  },
}));

/** The signed-in person for this request, or null. Cached per request: many components may ask. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { sid?: string } | null;
  if (!session?.sid) return null;
  return loadSessionActor(session.sid, new Date());
});

async function auditDenied(actor: Actor, permission: Permission): Promise<void> {
  const { clientIp } = clientInfoFrom(await headers());
  await db.$transaction((tx) =>
    writeAudit(tx, { actorId: actor.userId, action: "access.denied", entityType: "Permission", entityId: permission, clientIp }, new Date()),
  );
}

/** For server actions and route handlers: the actor, or an AppError (401 / 403). */
export async function requireActor(permission: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!roleHasPermission(actor.role, permission)) {
    await auditDenied(actor, permission);
    throw new AppError("FORBIDDEN");
  }
  return actor;
}

/**
 * For server actions with nothing typed worth keeping (a button press): a session that timed out while the
 * page was open sends the user to sign in and back, rather than to an error page.
 */
export async function requireActionActor(permission: Permission, returnTo: string): Promise<Actor> {
  try {
    return await requireActor(permission);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") redirect(`/login?next=${encodeURIComponent(returnTo)}`);
    throw error;
  }
}

/** For pages: sends anonymous visitors to sign in and shows the 403 page to the wrong role. */
export async function requirePageActor(page: PagePath, returnTo: string = page): Promise<Actor> {
  return requirePagePermission(PAGES[page].permission, returnTo);
}

/** For pages with ids in their address: the permission to open that kind of page at all. */
export async function requirePagePermission(permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  if (!roleHasPermission(actor.role, permission)) {
    await auditDenied(actor, permission);
    forbidden();
  }
  return actor;
}

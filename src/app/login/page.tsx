import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { env } from "@/env";
import { homePathFor, safeReturnPath } from "@/domain/authz/authorize";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { DowntimeBanner } from "@/features/downtime/components/downtime-banner";
import { getActor } from "@/server/auth";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string; signedOut?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { next, signedOut } = await searchParams;
  const actor = await getActor();
  if (actor) redirect(safeReturnPath(next) ?? homePathFor(actor.role));
  return (
    <>
      <DowntimeBanner actor={null} />
      <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-6 px-4 py-10">
        <div>
          <p className="text-2xl font-bold text-brand">WardDesk</p>
          <h1 className="mt-1 text-3xl font-bold">Sign in</h1>
          <p className="mt-2 text-lg">Report an IT problem or follow one you reported.</p>
        </div>
        {signedOut && <Notice tone="success">You have signed out. It is safe to leave this computer.</Notice>}
        {next && !signedOut && <Notice>Please sign in to continue. For safety, you are signed out after a while without activity.</Notice>}
        <div className="rounded-md bg-paper p-6 shadow-sm">
          <SignInForm next={safeReturnPath(next) ?? undefined} />
        </div>
        <p className="text-base">
          Can’t sign in? Call the Service Desk on <strong>{env().SERVICE_DESK_PHONE}</strong>.
        </p>
      </main>
    </>
  );
}

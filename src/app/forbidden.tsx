import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-4 py-10">
      <p className="text-lg font-semibold text-danger">Error 403</p>
      <h1 className="text-3xl font-bold">You don’t have access to this page</h1>
      <p className="text-lg">
        Your role does not include this page. If you need it for your work, ask your manager to request access
        from the Service Desk. This attempt has been recorded.
      </p>
      <p>
        <Link href="/" className="text-lg font-semibold text-brand underline underline-offset-4">
          Go to your start page
        </Link>
      </p>
    </main>
  );
}

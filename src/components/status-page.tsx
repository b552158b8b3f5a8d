import Link from "next/link";

/** The full-page message for 403 and 404: what happened in plain words and the way back. */
export function StatusPage({ code, title, children }: { code: number; title: string; children: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-4 py-10">
      <p className={`text-lg font-semibold ${code === 403 ? "text-danger" : "text-ink-muted"}`}>Error {code}</p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <div className="text-lg">{children}</div>
      <p>
        <Link href="/" className="text-lg font-semibold text-brand underline underline-offset-4">
          Go to your start page
        </Link>
      </p>
    </main>
  );
}

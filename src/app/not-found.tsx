import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-4 py-10">
      <p className="text-lg font-semibold text-ink-muted">Error 404</p>
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="text-lg">The link may be old, or the page may have moved.</p>
      <p>
        <Link href="/" className="text-lg font-semibold text-brand underline underline-offset-4">
          Go to your start page
        </Link>
      </p>
    </main>
  );
}

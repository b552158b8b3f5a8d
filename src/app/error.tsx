"use client";

// Shows the digest Next attaches to server errors, never the error text: it may quote data.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-4 py-10">
      <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
      <p className="text-lg">
        Nothing you entered was sent to anyone else. Try again; if it keeps happening, call the Service Desk
        {error.digest ? ` and quote error ${error.digest}` : ""}.
      </p>
      <p>
        <button
          type="button"
          onClick={reset}
          className="min-h-12 rounded-md bg-brand px-5 font-semibold text-white hover:bg-brand-dark"
        >
          Try again
        </button>
      </p>
    </main>
  );
}

"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { deleteViewAction, saveViewAction } from "../actions";
import type { ViewFormState } from "../schemas";

const IDLE: ViewFormState = { status: "idle" };

type View = { id: string; name: string; query: string };

/** The person's saved filters as links, each with its own delete button, and a form to save the current ones. */
export function SavedViews({ views, currentQuery }: { views: View[]; currentQuery: string }) {
  return (
    <section aria-labelledby="saved-views-heading" className="flex flex-col gap-3 rounded-md bg-paper p-4 shadow-sm">
      <h2 id="saved-views-heading" className="text-xl font-bold">
        Saved views
      </h2>
      {views.length === 0 ? (
        <p>No saved views yet. Set the filters you use often, then save them here under a name.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {views.map((view) => (
            <li key={view.id} className="flex flex-wrap items-center gap-3">
              <Link href={`/queue?${view.query}`} className="inline-flex min-h-12 items-center text-lg font-semibold text-brand underline underline-offset-4">
                {view.name}
              </Link>
              <DeleteView view={view} />
            </li>
          ))}
        </ul>
      )}
      <SaveView currentQuery={currentQuery} />
    </section>
  );
}

function DeleteView({ view }: { view: View }) {
  const [state, action, pending] = useActionState(deleteViewAction, IDLE);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="viewId" value={view.id} />
      <Button type="submit" variant="quiet" disabled={pending} aria-label={`Delete view ${view.name}`}>
        Delete
      </Button>
      {state.status === "error" && (
        <span role="alert" className="font-semibold text-danger">
          {state.message}
        </span>
      )}
    </form>
  );
}

function SaveView({ currentQuery }: { currentQuery: string }) {
  const [state, action, pending] = useActionState(saveViewAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <input type="hidden" name="query" value={currentQuery} />
      <div className="sm:w-80">
        <TextField
          name="name"
          id="saved-view-name"
          label="Save the current filters as"
          hint="For example “ED printers, urgent first”."
          defaultValue={state.values?.name ?? ""}
          key={state.status === "saved" ? state.message : "form"}
          errors={state.fields?.name}
          maxLength={60}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Save view
      </Button>
      <p role="status" className="font-semibold sm:self-center">
        {state.status === "saved" ? state.message : state.status === "error" && !state.fields?.name ? state.message : ""}
      </p>
    </form>
  );
}

import type { ComponentProps } from "react";

type Props = ComponentProps<"textarea"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled multi-line field, built like ui/TextField: hint and errors announced with it, value never lost. */
export function TextAreaField({ name, label, hint, errors, id = name, ...textarea }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-base font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-base font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {errors!.join(" ")}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={4}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`w-full rounded-md border-2 bg-paper px-3 py-2 text-lg ${errorId ? "border-danger" : "border-ink"}`}
        {...textarea}
      />
    </div>
  );
}

import type { ComponentProps } from "react";

type Props = ComponentProps<"input"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input whose hint and errors are announced with it (aria-describedby) and never lose its value. */
export function TextField({ name, label, hint, errors, id = name, ...input }: Props) {
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
      <input
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`min-h-12 w-full rounded-md border-2 bg-paper px-3 py-2 text-lg ${
          errorId ? "border-danger" : "border-ink"
        }`}
        {...input}
      />
    </div>
  );
}

import type { ReactNode } from "react";

/** What every labelled field takes: its name, the words around it and the errors from the last send. */
export type LabelledFieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** What the control inside a FieldShell spreads onto itself to be announced with its label, hint and errors. */
export type FieldControlProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  className: string;
};

type Props = {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** Further ids that describe the control, e.g. a note about the chosen option shown below it. */
  describedBy?: string;
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * The label, hint and errors all our fields share. Screen readers read the hint and errors with the control only
 * through aria-describedby, so the ids are made here once and handed to the control the caller renders.
 */
export function FieldShell({ id, label, hint, errors, describedBy, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const control: FieldControlProps = {
    id,
    "aria-invalid": errorId ? true : undefined,
    "aria-describedby": [hintId, errorId, describedBy].filter(Boolean).join(" ") || undefined,
    // 48 px tall at least: a target for gloved hands and phones.
    className: `min-h-12 w-full rounded-md border-2 bg-paper px-3 py-2 text-lg ${errorId ? "border-danger" : "border-ink"}`,
  };
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
          {errors?.join(" ")}
        </p>
      )}
      {children(control)}
    </div>
  );
}

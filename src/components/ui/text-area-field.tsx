import type { ComponentProps } from "react";
import { FieldShell, type LabelledFieldProps } from "./field-shell";

type Props = ComponentProps<"textarea"> & LabelledFieldProps;

/** A labelled multi-line field, built like TextField: hint and errors announced with it, value never lost. */
export function TextAreaField({ name, label, hint, errors, id = name, ...textarea }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(control) => <textarea {...control} name={name} rows={4} {...textarea} />}
    </FieldShell>
  );
}

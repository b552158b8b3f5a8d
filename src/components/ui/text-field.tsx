import type { ComponentProps } from "react";
import { FieldShell, type LabelledFieldProps } from "./field-shell";

type Props = ComponentProps<"input"> & LabelledFieldProps;

/** A labelled input whose hint and errors are announced with it (aria-describedby) and never lose its value. */
export function TextField({ name, label, hint, errors, id = name, ...input }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(control) => <input {...control} name={name} {...input} />}
    </FieldShell>
  );
}

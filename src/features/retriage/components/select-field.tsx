import { FieldShell } from "@/components/ui/field-shell";

type Props = {
  idPrefix: string;
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  defaultValue: string;
  errors?: string[];
};

/** A labelled native select (every phone picker and screen reader knows it), errors announced with it. */
export function SelectField({ idPrefix, name, label, options, defaultValue, errors }: Props) {
  return (
    <FieldShell id={`${idPrefix}-${name}`} label={label} errors={errors}>
      {(control) => (
        <select {...control} name={name} defaultValue={defaultValue}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

import { FieldShell } from "@/components/ui/field-shell";

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  errors?: string[];
};

/** A labelled single select whose options may include an empty "All ..." choice (SelectField marks itself required). */
export function Choice({ id, name, label, hint, options, defaultValue = "", errors }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(control) => (
        // Keyed by the value: React resets a form after its action, and only a fresh select returns to its default.
        <select key={defaultValue} {...control} name={name} defaultValue={defaultValue}>
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

/** A 48 px tall checkbox with its whole label as the target. */
export function Checkbox({ name, label, checked, value }: { name: string; label: React.ReactNode; checked: boolean; value?: string }) {
  return (
    <label className="flex min-h-12 items-center gap-3 text-lg">
      <input key={String(checked)} type="checkbox" name={name} value={value} defaultChecked={checked} className="size-6" />
      <span>{label}</span>
    </label>
  );
}

import { FieldShell } from "./field-shell";

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** A first, unselectable "Choose ..." option; without it the select always holds one of the options. */
  placeholder?: string;
  /** Groups with an empty label are shown as plain options. */
  groups: OptionGroup[];
  defaultValue?: string;
  errors?: string[];
};

/** A labelled native select (every phone picker and screen reader knows it) that keeps its value after a failed send. */
export function SelectField({ id, name, label, hint, placeholder, groups, defaultValue, errors }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(control) => (
        // Keyed by the value so a failed send remounts it: React resets a form after its action, and only a
        // freshly mounted select marks its default option as the one to return to.
        <select key={defaultValue ?? ""} {...control} name={name} required defaultValue={defaultValue ?? ""}>
          {placeholder && (
            <option value="" disabled>
              {placeholder}
            </option>
          )}
          {groups.map((group) =>
            group.label ? (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ) : (
              group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))
            ),
          )}
        </select>
      )}
    </FieldShell>
  );
}

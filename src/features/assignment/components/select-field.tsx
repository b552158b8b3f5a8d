import { FieldShell } from "@/components/ui/field-shell";

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

type Props = { id: string; name: string; label: string; hint?: string; placeholder: string; groups: OptionGroup[]; defaultValue?: string; errors?: string[] };

/** A labelled select (grouped options) that keeps the chosen value after a failed send. */
export function SelectField({ id, name, label, hint, placeholder, groups, defaultValue, errors }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(control) => (
        // Keyed by the value so a failed send remounts it: React resets a form after its action, and only a
        // freshly mounted select marks its default option as the one to return to.
        <select key={defaultValue ?? ""} {...control} name={name} required defaultValue={defaultValue ?? ""}>
          <option value="" disabled>
            {placeholder}
          </option>
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

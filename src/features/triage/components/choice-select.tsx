import { FieldShell } from "@/components/ui/field-shell";

type Props = {
  /** Keeps ids unique when two forms on the page ask the same thing (the rule form and "Try it"). */
  idPrefix: string;
  name: string;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  /** Several choices (a list box) or one, with an empty first option meaning "not set". */
  multiple?: boolean;
  emptyLabel?: string;
  defaultValue?: string | string[];
  errors?: string[];
};

/** A labelled select for the rule and "Try it" forms; a multiple one is a keyboard-friendly list box. */
export function ChoiceSelect({ idPrefix, name, label, hint, options, multiple, emptyLabel = "Not set", defaultValue, errors }: Props) {
  const value = multiple ? (Array.isArray(defaultValue) ? defaultValue : []) : typeof defaultValue === "string" ? defaultValue : "";
  return (
    <FieldShell id={`${idPrefix}-${name}`} label={label} hint={hint} errors={errors}>
      {(control) => (
        <select {...control} name={name} multiple={multiple} size={multiple ? Math.min(6, options.length) : undefined} defaultValue={value}>
          {!multiple && <option value="">{emptyLabel}</option>}
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

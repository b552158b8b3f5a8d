type Choice = { value: string; label: string };

type Props = {
  name: string;
  legend: string;
  choices: readonly Choice[];
  defaultValue?: string;
  errors?: string[];
};

/** A question answered by one tap: native radios in a fieldset, each choice a 48 px target with its whole label. */
export function ChoiceGroup({ name, legend, choices, defaultValue, errors }: Props) {
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} className="flex flex-col gap-2">
      <legend className="mb-1 text-base font-semibold">{legend}</legend>
      {errorId && (
        <p id={errorId} className="text-base font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {errors!.join(" ")}
        </p>
      )}
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {choices.map((choice, index) => (
          <label
            key={choice.value}
            htmlFor={`${name}-${index}`}
            className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-md border-2 bg-paper px-4 py-2 text-base has-checked:border-brand has-checked:bg-canvas has-checked:font-semibold ${
              errorId ? "border-danger" : "border-line"
            }`}
          >
            <input
              type="radio"
              id={`${name}-${index}`}
              name={name}
              value={choice.value}
              defaultChecked={defaultValue === choice.value}
              className="size-6 shrink-0 accent-brand"
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

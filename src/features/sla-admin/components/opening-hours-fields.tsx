import type { FormValues } from "../schemas";
import { hourFieldNames, WEEK } from "../calendar-hours";

const input = "min-h-12 rounded-md border-2 bg-paper px-3 py-2 text-lg";

function Day({ weekday, name, values, errors }: { weekday: number; name: string; values: FormValues; errors?: Record<string, string[]> }) {
  const field = hourFieldNames(weekday);
  const value = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
  const dayErrors = [...(errors?.[field.opens] ?? []), ...(errors?.[field.closes] ?? [])];
  const errorId = dayErrors.length ? `hours-${weekday}-error` : undefined;
  const box = (key: string, label: string) => (
    <label className="flex min-h-12 items-center gap-3 text-lg">
      <input key={value(key)} type="checkbox" name={key} defaultChecked={value(key) === "on"} className="size-6" />
      {label}
    </label>
  );
  const time = (key: string, label: string) => (
    <label className="flex flex-col gap-1 text-base font-semibold">
      <span>{label}<span className="sr-only"> on {name}</span></span>
      <input type="time" name={key} defaultValue={value(key)} aria-invalid={errors?.[key] ? true : undefined} aria-describedby={errorId} className={`${input} ${errors?.[key] ? "border-danger" : "border-ink"}`} />
    </label>
  );
  return (
    <fieldset className="flex flex-wrap items-end gap-x-6 gap-y-2 border-b border-line/40 pb-3">
      <legend className="sr-only">{name}</legend>
      <div className="w-40">{box(field.open, `Open on ${name}`)}</div>
      {time(field.opens, "Opens")}
      {time(field.closes, "Closes")}
      {box(field.midnight, "Until midnight")}
      {errorId && (
        <p id={errorId} className="w-full text-base font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {dayErrors.join(" ")}
        </p>
      )}
    </fieldset>
  );
}

/** The week, one row a day: closed (box unticked), or opening and closing times; midnight has its own box. */
export function OpeningHoursFields({ values, errors }: { values: FormValues; errors?: Record<string, string[]> }) {
  const weekError = errors?.hours;
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={["hours-hint", weekError ? "hours-error" : ""].filter(Boolean).join(" ")}>
      <legend className="mb-1 text-lg font-bold">Opening hours</legend>
      <p id="hours-hint" className="text-sm text-ink-muted">Only for “during set hours”. Local time in the calendar’s time zone; a day left unticked is closed.</p>
      {weekError && (
        <p id="hours-error" className="text-base font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {weekError.join(" ")}
        </p>
      )}
      {WEEK.map((day) => (
        <Day key={day.weekday} {...day} values={values} errors={errors} />
      ))}
    </fieldset>
  );
}

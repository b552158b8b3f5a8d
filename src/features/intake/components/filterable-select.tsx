"use client";

import { useId, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { bestMatch, filterGroups, findOption, type PickerGroup, type PickerOption } from "../picker-options";

type Props = {
  name: string;
  label: string;
  hint?: string;
  /** Label of the filter box that appears when JavaScript runs. */
  filterLabel: string;
  placeholder: string;
  groups: readonly PickerGroup[];
  defaultValue: string;
  errors?: string[];
  onValueChange?: (value: string) => void;
};

const noSubscription = () => () => {};

/** True once React runs in the browser; false in the server's HTML, so the filter box never shows without JavaScript. */
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/**
 * A native grouped <select> (works without JavaScript, with every screen reader and phone picker) plus, when
 * JavaScript runs, a text box that narrows its options by name and keywords and picks the first match.
 */
export function FilterableSelect({ name, label, hint, filterLabel, placeholder, groups, defaultValue, errors, onValueChange }: Props) {
  const [value, setValue] = useState(defaultValue);
  const [query, setQuery] = useState("");
  const hydrated = useHydrated();
  const filterId = useId();
  const visible = filterGroups(groups, query, value);
  const matches = filterGroups(groups, query, "").flatMap((group) => group.options);
  const chosen = findOption(groups, value);
  const detailId = `${name}-detail`;
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = errors?.length ? `${name}-error` : undefined;

  const choose = (next: string) => {
    setValue(next);
    onValueChange?.(next);
  };
  const narrow = (nextQuery: string) => {
    setQuery(nextQuery);
    const nextMatches = filterGroups(groups, nextQuery, "").flatMap((group) => group.options);
    // Typing "zebra" should leave the label printer chosen, not an option the list no longer shows.
    const best = bestMatch(groups, nextQuery);
    if (nextQuery.trim() && best && !nextMatches.some((option) => option.value === value)) choose(best.value);
  };
  // Enter in the filter must not send the whole form half filled in: it moves on to the list instead.
  const onFilterKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    document.getElementById(name)?.focus();
  };

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-base font-semibold">
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
          {errors!.join(" ")}
        </p>
      )}
      {hydrated && (
        <div className="flex flex-col gap-1 rounded-md bg-canvas p-2">
          <label htmlFor={filterId} className="text-sm font-semibold">
            {filterLabel}
          </label>
          <input
            id={filterId}
            type="search"
            value={query}
            onChange={(event) => narrow(event.target.value)}
            onKeyDown={onFilterKey}
            autoComplete="off"
            aria-controls={name}
            className="min-h-12 w-full rounded-md border-2 border-ink bg-paper px-3 py-2 text-lg"
          />
          <p role="status" className="text-sm text-ink-muted">
            {query.trim() ? matchWords(matches.length, chosen) : ""}
          </p>
        </div>
      )}
      <select
        id={name}
        name={name}
        value={value}
        onChange={(event) => choose(event.target.value)}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId, chosen ? detailId : undefined].filter(Boolean).join(" ") || undefined}
        className={`min-h-12 w-full rounded-md border-2 bg-paper px-3 py-2 text-lg ${errorId ? "border-danger" : "border-ink"}`}
      >
        <option value="">{placeholder}</option>
        {visible.map((group) => (group.label === null ? options(group.options) : <optgroup key={group.label} label={group.label}>{options(group.options)}</optgroup>))}
      </select>
      {chosen && (
        <p id={detailId} className="text-base">
          {chosen.detail}
        </p>
      )}
    </div>
  );
}

function options(list: readonly PickerOption[]) {
  return list.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

function matchWords(count: number, chosen: PickerOption | undefined): string {
  if (count === 0) return "Nothing matches. Try another word, or clear the box to see the whole list.";
  const picked = chosen ? ` Chosen: ${chosen.label}.` : "";
  return `${count} match${count === 1 ? "" : "es"} in the list below.${picked}`;
}

"use client";

import { useId, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { FieldShell } from "@/components/ui/field-shell";
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
  const visible = filterGroups(groups, query, value);
  const matches = filterGroups(groups, query, "").flatMap((group) => group.options);
  const chosen = findOption(groups, value);
  const detailId = `${name}-detail`;

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

  return (
    <FieldShell id={name} label={label} hint={hint} errors={errors} describedBy={chosen ? detailId : undefined}>
      {(control) => (
        <>
          {hydrated && (
            <FilterBox label={filterLabel} listId={name} query={query} onQuery={narrow} status={query.trim() ? matchWords(matches.length, chosen) : ""} />
          )}
          <select {...control} name={name} value={value} onChange={(event) => choose(event.target.value)}>
            <option value="">{placeholder}</option>
            {visible.map((group) => (group.label === null ? options(group.options) : <optgroup key={group.label} label={group.label}>{options(group.options)}</optgroup>))}
          </select>
          {chosen && (
            <p id={detailId} className="text-base">
              {chosen.detail}
            </p>
          )}
        </>
      )}
    </FieldShell>
  );
}

type FilterBoxProps = { label: string; listId: string; query: string; onQuery: (query: string) => void; status: string };

/** The text box that narrows the list; it exists only once JavaScript runs. */
function FilterBox({ label, listId, query, onQuery, status }: FilterBoxProps) {
  const filterId = useId();
  // Enter in the filter must not send the whole form half filled in: it moves on to the list instead.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    document.getElementById(listId)?.focus();
  };
  return (
    <div className="flex flex-col gap-1 rounded-md bg-canvas p-2">
      <label htmlFor={filterId} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={filterId}
        type="search"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        aria-controls={listId}
        className="min-h-12 w-full rounded-md border-2 border-ink bg-paper px-3 py-2 text-lg"
      />
      <p role="status" className="text-sm text-ink-muted">
        {status}
      </p>
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

// The option lists behind the intake form's two pickers, built once on the server and filtered in the browser.
// Plain data (no Prisma, no React) so the same shapes render as a native grouped <select> without JavaScript
// and drive the filter box when it runs.

export type PickerOption = {
  value: string;
  /** What the closed <select> shows: must make sense on its own ("4 West Med-Surg › Room 412", not "Room 412"). */
  label: string;
  /** Shown under the picker for the chosen option: a category's description, a location's full path. */
  detail: string;
  /** Lower-cased words the filter box matches: name, keywords, parents. */
  search: string;
  /** A catch-all ("Printers & labels: something else"): listed, but picked by the filter only if nothing else fits. */
  fallback?: boolean;
};

/** A labelled <optgroup>, or ungrouped options when `label` is null. */
export type PickerGroup = { label: string | null; options: PickerOption[] };

type CategoryRow = { id: string; name: string; description: string; keywords: string; parentId: string | null };
// `code` ("RMC-A-3-ICU-301") is searched too: it holds the abbreviations people type ("ICU", "ED", "4W").
type LocationRow = { id: string; kind: string; name: string; code: string; parentId: string | null };

const words = (...parts: string[]) => parts.join(" ").toLowerCase();

/**
 * Categories grouped by their parent. A parent with children is also offered, last in its group, for problems
 * that fit none of them; parents without children are listed ungrouped at the end.
 */
export function categoryGroups(rows: readonly CategoryRow[]): PickerGroup[] {
  const roots = rows.filter((row) => row.parentId === null);
  const childrenOf = (id: string) => rows.filter((row) => row.parentId === id);
  const groups: PickerGroup[] = [];
  const loose: PickerOption[] = [];
  for (const root of roots) {
    const children = childrenOf(root.id);
    const rootOption = {
      value: root.id,
      label: children.length ? `${root.name}: something else` : root.name,
      detail: root.description,
      search: words(root.name, root.keywords),
      fallback: true,
    };
    if (!children.length) {
      loose.push(rootOption);
      continue;
    }
    const options = children.map((child) => ({
      value: child.id,
      label: child.name,
      detail: child.description,
      search: words(child.name, child.keywords, root.name, root.keywords),
    }));
    groups.push({ label: root.name, options: [...options, rootOption] });
  }
  return loose.length ? [...groups, { label: null, options: loose }] : groups;
}

/**
 * Units and their rooms, grouped by floor ("Riverside Medical Center › Main Tower › Floor 4"). Campuses,
 * buildings and floors are not offered: a technician needs at least the unit to find the problem.
 */
export function locationGroups(rows: readonly LocationRow[]): PickerGroup[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const pathOf = (row: LocationRow): string[] => {
    const names: string[] = [];
    for (let step: LocationRow | undefined = row; step && names.length < 10; step = step.parentId ? byId.get(step.parentId) : undefined) {
      names.unshift(step.name);
    }
    return names;
  };
  const groups = new Map<string, PickerGroup>();
  for (const unit of rows.filter((row) => row.kind === "UNIT")) {
    const unitPath = pathOf(unit);
    const groupLabel = unitPath.slice(0, -1).join(" › ");
    const group = groups.get(groupLabel) ?? { label: groupLabel, options: [] };
    groups.set(groupLabel, group);
    group.options.push({ value: unit.id, label: unit.name, detail: unitPath.join(" › "), search: words(...unitPath, unit.code.replaceAll("-", " ")) });
    for (const room of rows.filter((row) => row.kind === "ROOM" && row.parentId === unit.id)) {
      group.options.push({
        value: room.id,
        label: `${unit.name} › ${room.name}`,
        detail: [...unitPath, room.name].join(" › "),
        search: words(...unitPath, room.name, room.code.replaceAll("-", " ")),
      });
    }
  }
  return [...groups.values()];
}

/** Every word typed must appear somewhere in the option's words ("icu 301", "zebra", "northgate clinic"). */
export function matchesFilter(option: PickerOption, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((term) => option.search.includes(term));
}

/** The groups with only matching options, keeping the chosen option so the form never loses it silently. */
export function filterGroups(groups: readonly PickerGroup[], query: string, keep: string): PickerGroup[] {
  if (!query.trim()) return [...groups];
  return groups
    .map((group) => ({ ...group, options: group.options.filter((option) => option.value === keep || matchesFilter(option, query)) }))
    .filter((group) => group.options.length > 0);
}

/**
 * The option the filter picks for the nurse: one whose own name starts with what she typed beats one whose name
 * contains it, which beats a match on keywords only ("wristband" picks "Wristband printer", not "Scanning
 * medications or wristbands"); catch-alls come last. Ties keep the list's order.
 */
export function bestMatch(groups: readonly PickerGroup[], query: string): PickerOption | undefined {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const rank = (option: PickerOption) => {
    if (option.fallback) return 0;
    const label = option.label.toLowerCase();
    if (!terms.every((term) => label.includes(term))) return 1;
    return label.startsWith(terms[0] ?? "") ? 3 : 2;
  };
  let best: { option: PickerOption; rank: number } | undefined;
  for (const option of filterGroups(groups, query, "").flatMap((group) => group.options)) {
    const score = rank(option);
    if (!best || score > best.rank) best = { option, rank: score };
  }
  return best?.option;
}

export function findOption(groups: readonly PickerGroup[], value: string): PickerOption | undefined {
  for (const group of groups) {
    const option = group.options.find((candidate) => candidate.value === value);
    if (option) return option;
  }
  return undefined;
}

import type { QueueLocation } from "./queries";

export type PlaceWords = { campus: string | null; building: string | null; floor: string | null; unit: string | null; room: string | null };

const EMPTY: PlaceWords = { campus: null, building: null, floor: null, unit: null, room: null };
const KEY: Record<string, keyof PlaceWords> = { CAMPUS: "campus", BUILDING: "building", FLOOR: "floor", UNIT: "unit", ROOM: "room" };

/** Indexes the location tree once per render. */
export function locationIndex(locations: readonly QueueLocation[]): Map<string, QueueLocation> {
  return new Map(locations.map((location) => [location.id, location]));
}

/** The named levels above and at a location, walking up the tree (bounded: a broken tree never loops). */
export function placeWords(index: Map<string, QueueLocation>, locationId: string): PlaceWords {
  const words: PlaceWords = { ...EMPTY };
  let current = index.get(locationId);
  for (let depth = 0; current && depth < 10; depth++) {
    const key = KEY[current.kind];
    if (key && words[key] === null) words[key] = current.name;
    current = current.parentId ? index.get(current.parentId) : undefined;
  }
  return words;
}

/** "Tower › Floor 4 › 4 West › Room 412": the campus only when nothing finer is known. */
export function placeLine(words: PlaceWords): string {
  const parts = [words.building, words.floor, words.unit, words.room].filter((part): part is string => part !== null);
  return parts.length ? parts.join(" › ") : (words.campus ?? "Place not given");
}

/** The label a walk is grouped under: building and floor. */
export function walkGroup(words: PlaceWords): string {
  const parts = [words.building, words.floor].filter((part): part is string => part !== null);
  return parts.length ? parts.join(" › ") : (words.campus ?? "Place not given");
}

/** Picker options: buildings, floors and units, each with the path that tells it apart. */
export function locationOptions(locations: readonly QueueLocation[]): { id: string; label: string }[] {
  const index = locationIndex(locations);
  return locations
    .filter((location) => location.active && ["BUILDING", "FLOOR", "UNIT"].includes(location.kind))
    .map((location) => ({ id: location.id, label: placeLine(placeWords(index, location.id)) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

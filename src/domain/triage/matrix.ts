// The hospital's default priority matrix: how many people are affected x how patient care is affected now.
// Issue 3/8 makes it admin-editable; this is the seeded default and the fallback.

export const IMPACTS = ["SINGLE_USER", "UNIT", "MULTIPLE_UNITS"] as const;
export const URGENCIES = ["CARE_BLOCKED", "CARE_SLOWED", "NO_CARE_IMPACT"] as const;
export const PRIORITIES = ["P1", "P2", "P3", "P4"] as const;

export type TImpact = (typeof IMPACTS)[number];
export type TUrgency = (typeof URGENCIES)[number];
export type TPriority = (typeof PRIORITIES)[number];

export type PriorityMatrix = Record<TUrgency, Record<TImpact, TPriority>>;

export const DEFAULT_MATRIX: PriorityMatrix = {
  CARE_BLOCKED: { MULTIPLE_UNITS: "P1", UNIT: "P1", SINGLE_USER: "P2" },
  CARE_SLOWED: { MULTIPLE_UNITS: "P2", UNIT: "P2", SINGLE_USER: "P3" },
  NO_CARE_IMPACT: { MULTIPLE_UNITS: "P3", UNIT: "P3", SINGLE_USER: "P4" },
};

// The words a clinician chose, repeated back in explanations.
export const IMPACT_WORDS: Record<TImpact, string> = {
  SINGLE_USER: "just me",
  UNIT: "my unit",
  MULTIPLE_UNITS: "several units or the whole hospital",
};

export const URGENCY_WORDS: Record<TUrgency, string> = {
  CARE_BLOCKED: "patient care is blocked",
  CARE_SLOWED: "patient care is slowed but there is a workaround",
  NO_CARE_IMPACT: "no effect on patient care",
};

/** P1 is the most urgent; a "floor" may only raise a priority, never lower it. */
export function higherOf(a: TPriority, b: TPriority): TPriority {
  return PRIORITIES.indexOf(a) <= PRIORITIES.indexOf(b) ? a : b;
}

/** The stored cells over the default: an empty table (or a missing cell) falls back to DEFAULT_MATRIX. */
export function matrixFromCells(cells: readonly { urgency: TUrgency; impact: TImpact; priority: TPriority }[]): PriorityMatrix {
  const matrix: PriorityMatrix = {
    CARE_BLOCKED: { ...DEFAULT_MATRIX.CARE_BLOCKED },
    CARE_SLOWED: { ...DEFAULT_MATRIX.CARE_SLOWED },
    NO_CARE_IMPACT: { ...DEFAULT_MATRIX.NO_CARE_IMPACT },
  };
  for (const cell of cells) matrix[cell.urgency][cell.impact] = cell.priority;
  return matrix;
}

import { validateOpeningHours, type OpeningHours } from "@/domain/sla/calendar";

/** Monday first, as staff read a week; the numbers are the stored weekdays (0 = Sunday). */
export const WEEK = [
  { weekday: 1, name: "Monday" },
  { weekday: 2, name: "Tuesday" },
  { weekday: 3, name: "Wednesday" },
  { weekday: 4, name: "Thursday" },
  { weekday: 5, name: "Friday" },
  { weekday: 6, name: "Saturday" },
  { weekday: 0, name: "Sunday" },
] as const;

const MIDNIGHT = 1440;
type Values = Record<string, string | undefined>;
type HoursResult = { hours: OpeningHours[]; fields: Record<string, string[]> };

export const hourFieldNames = (weekday: number) => ({ open: `open-${weekday}`, opens: `opens-${weekday}`, closes: `closes-${weekday}`, midnight: `midnight-${weekday}` });

/** "07:30" as minutes from midnight, or null. */
export function parseTime(text: string | undefined): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec((text ?? "").trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function formatTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/**
 * The week's opening hours from the form's per-day fields (one opening per day: desks keep one span a day). A time
 * input cannot say 24:00, so "until midnight" is its own box. Problems come back per field, then for the whole week.
 */
export function hoursFromForm(values: Values): HoursResult {
  const hours: OpeningHours[] = [];
  const fields: Record<string, string[]> = {};
  for (const { weekday, name } of WEEK) {
    const field = hourFieldNames(weekday);
    if (values[field.open] !== "on") continue;
    const opens = parseTime(values[field.opens]);
    const closes = values[field.midnight] === "on" ? MIDNIGHT : parseTime(values[field.closes]);
    if (opens === null) fields[field.opens] = [`Enter when the desk opens on ${name}, e.g. 07:00.`];
    if (closes === null) fields[field.closes] = [`Enter when the desk closes on ${name}, or tick “until midnight”.`];
    if (opens !== null && closes !== null) hours.push({ weekday, opens, closes });
  }
  if (Object.keys(fields).length === 0) {
    const problem = validateOpeningHours(hours);
    if (problem) fields.hours = [`${problem}.`];
  }
  return { hours, fields };
}

/** Stored hours as the form's fields, so editing starts from what is saved. */
export function formValuesOfHours(hours: readonly OpeningHours[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { weekday } of WEEK) {
    const first = hours.filter((h) => h.weekday === weekday).sort((a, b) => a.opens - b.opens)[0];
    if (!first) continue;
    const field = hourFieldNames(weekday);
    values[field.open] = "on";
    values[field.opens] = formatTime(first.opens);
    if (first.closes >= MIDNIGHT) values[field.midnight] = "on";
    else values[field.closes] = formatTime(first.closes);
  }
  return values;
}

/** "Monday to Friday 07:00-19:00", or each day: the calendar list's one-line summary. */
export function hoursSummary(hours: readonly OpeningHours[]): string {
  const spans = WEEK.map(({ weekday, name }) => {
    const day = hours.filter((h) => h.weekday === weekday).sort((a, b) => a.opens - b.opens);
    return { name, text: day.map((h) => `${formatTime(h.opens)}–${h.closes >= MIDNIGHT ? "midnight" : formatTime(h.closes)}`).join(", ") };
  }).filter((day) => day.text);
  if (spans.length === 0) return "No opening hours";
  const groups: { first: string; last: string; text: string }[] = [];
  for (const span of spans) {
    const group = groups.at(-1);
    const adjacent = group && WEEK.findIndex((d) => d.name === span.name) - WEEK.findIndex((d) => d.name === group.last) === 1;
    if (group && adjacent && group.text === span.text) group.last = span.name;
    else groups.push({ first: span.name, last: span.name, text: span.text });
  }
  return groups.map((g) => `${g.first === g.last ? g.first : `${g.first} to ${g.last}`} ${g.text}`).join("; ");
}

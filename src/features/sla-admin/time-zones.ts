/** The zones a calendar may use, with the ones given (the hospital's, the calendar's own) kept even if the runtime lists them under another name. */
export function timeZoneChoices(...keep: string[]): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  for (const zone of keep) zones.add(zone);
  return [...zones].sort();
}

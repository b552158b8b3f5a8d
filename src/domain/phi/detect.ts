// Finds text that looks like patient data before a ticket is stored. Deliberately cautious: a false alarm
// costs the nurse one click ("replace with [redacted]"), a miss puts patient data in an IT system.

export type PhiKind = "mrn" | "dob" | "ssn" | "patient_name" | "bed_name";

export type PhiFinding = { kind: PhiKind; start: number; end: number; text: string };

export const PHI_KIND_WORDS: Record<PhiKind, string> = {
  mrn: "a number that looks like a medical record number",
  dob: "a date of birth",
  ssn: "a Social Security number",
  patient_name: "a patient's name",
  bed_name: "a bed or room with a name",
};

const NAME = String.raw`[A-Z](?:[a-z]|['’-][A-Za-z])+(?:\s+[A-Z](?:[a-z]|['’-][A-Za-z])+)?`;
// Capitalised words that follow "room 12" or "patient" in IT tickets and are not names.
const NOT_NAMES = new Set(
  "The A An And Is Has Was Not No Printer Computer Monitor Screen Phone Workstation Nurses Nurse Station Desk Bay Wall Label Badge Scanner Pump Cart Pc Epic Cerner Citrix Ehr It Wifi Tv Light Door Bathroom Supply Utility Med Meds Medication Room Bed Unit Floor Care Safety Portal Records Chart Charts Monitoring Transport Education Call Rooms Beds".split(" "),
);

const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})`;

type Rule = { kind: PhiKind; pattern: RegExp; nameGroup?: number; accept?: (match: RegExpExecArray, now: Date) => boolean };

function yearOf(dateText: string): number | null {
  const four = /\b(1[89]\d{2}|20\d{2})\b/.exec(dateText);
  if (four) return Number(four[1]);
  const two = /[/.-](\d{2})$/.exec(dateText);
  return two ? 1900 + Number(two[1]) : null; // a two-digit year in a birth date is most often 19xx
}

function buildRules(mrnPattern: string): Rule[] {
  return [
    { kind: "ssn", pattern: /\b\d{3}-\d{2}-\d{4}\b|\b(?:SSN|social security(?: number| no\.?)?)\s*[:#]?\s*\d{9}\b/gi },
    { kind: "dob", pattern: new RegExp(String.raw`\b(?:DOB|D\.O\.B\.?|date of birth|born(?: on)?)\s*[:\-]?\s*${DATE}`, "gi") },
    {
      // A full date from before last year is far more likely a birth date than when a printer broke.
      kind: "dob",
      pattern: new RegExp(String.raw`\b${DATE}\b`, "gi"),
      accept: (match, now) => {
        const year = yearOf(match[0]);
        return year !== null && year < now.getUTCFullYear() - 1;
      },
    },
    { kind: "mrn", pattern: new RegExp(mrnPattern, "gi") },
    { kind: "patient_name", pattern: new RegExp(String.raw`\b(?:[Pp]atient|[Pp]t\.?|PATIENT|Mrs?\.|Ms\.|Miss)\s+(?:named\s+|name\s+is\s+|:\s*)?(${NAME})`, "g"), nameGroup: 1 },
    { kind: "bed_name", pattern: new RegExp(String.raw`\b(?:[Bb]ed|[Rr]oom|[Rr]m\.?)\s*#?\s*\d{1,4}[A-Za-z]?\s*(?:[,:–-]\s*|\(\s*|\s+)(${NAME})`, "g"), nameGroup: 1 },
  ];
}

function firstWordIsName(name: string): boolean {
  const first = name.split(/\s+/)[0] ?? "";
  return !NOT_NAMES.has(first);
}

/** Every likely piece of patient data in `text`, in order, overlapping findings merged. */
export function detectPhi(text: string, options: { mrnPattern: string; now: Date }): PhiFinding[] {
  const findings: PhiFinding[] = [];
  for (const rule of buildRules(options.mrnPattern)) {
    for (const match of text.matchAll(rule.pattern)) {
      if (rule.accept && !rule.accept(match, options.now)) continue;
      if (rule.nameGroup && !firstWordIsName(match[rule.nameGroup] ?? "")) continue;
      if (match[0].length === 0) continue;
      findings.push({ kind: rule.kind, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  return mergeOverlaps(findings);
}

function mergeOverlaps(findings: PhiFinding[]): PhiFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PhiFinding[] = [];
  for (const finding of sorted) {
    const last = merged.at(-1);
    if (last && finding.start < last.end) {
      if (finding.end > last.end) merged[merged.length - 1] = { ...last, end: finding.end, text: last.text + finding.text.slice(last.end - finding.start) };
      continue;
    }
    merged.push(finding);
  }
  return merged;
}

export const REDACTED = "[redacted]";

/** The text with every finding replaced by [redacted]. */
export function redactPhi(text: string, findings: readonly PhiFinding[]): string {
  let result = "";
  let cursor = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    result += text.slice(cursor, finding.start) + REDACTED;
    cursor = finding.end;
  }
  return result + text.slice(cursor);
}

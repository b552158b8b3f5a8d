import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES, type TRole } from "@/domain/authz/roles";
import { DEFAULT_MATRIX, IMPACTS, PRIORITIES, URGENCIES, type TImpact, type TPriority, type TUrgency } from "./matrix";
import { minutesOfDay, ZRuleAction, ZRuleCondition, type TriageRuleDef } from "./rules";
import { CATEGORIES, locationPathIds, SAMPLE_RULES, TEAMS, triageInputFor, UNITS, type CategoryKey, type TeamKey, type UnitKey } from "./scenarios.fixture";
import { triage } from "./triage";

const timeZone = "America/New_York";
// 29 Nov 2026 is standard time in New York: local = UTC - 5 h.
const at = (hhmm: string) => new Date(Date.UTC(2026, 10, 29, Number(hhmm.slice(0, 2)) + 5, Number(hhmm.slice(3))));
const I = { S: "SINGLE_USER", U: "UNIT", M: "MULTIPLE_UNITS" } as const satisfies Record<string, TImpact>;
const U = { B: "CARE_BLOCKED", W: "CARE_SLOWED", N: "NO_CARE_IMPACT" } as const satisfies Record<string, TUrgency>;

type Scenario = [label: string, category: CategoryKey, unit: UnitKey, impact: keyof typeof I, urgency: keyof typeof U, safety: boolean, summary: string, role: TRole, time: string, priority: TPriority, team: TeamKey, tags: string[]];

function decide(s: Scenario, rules: readonly TriageRuleDef[] = SAMPLE_RULES) {
  const [, category, unit, impact, urgency, patientSafety, summary, requesterRole, time] = s;
  const input = triageInputFor(category, unit, { impact: I[impact], urgency: U[urgency], patientSafety });
  const facts = { categoryId: category, locationPathIds: locationPathIds(unit), summary, impact: I[impact], urgency: U[urgency], requesterRole };
  return triage(input, DEFAULT_MATRIX, { rules, facts, context: { now: at(time), timeZone } });
}

const C = "CLINICIAN";
const SCENARIOS: Scenario[] = [
  ["ED label printer at 3 a.m.", "printer-labels", "ED", "U", "W", false, "Specimen label printer jammed", C, "03:00", "P1", "RO", ["ed-night"]],
  ["ED label printer in the afternoon", "printer-labels", "ED", "U", "W", false, "Specimen label printer jammed", C, "14:00", "P2", "RO", []],
  ["ED wristband printer before midnight", "printer-wristbands", "ED", "S", "N", false, "Wristbands print faint", C, "23:30", "P1", "RO", ["ed-night"]],
  ["ED wristband printer at 06:00 (window closed)", "printer-wristbands", "ED", "S", "N", false, "Wristbands print faint", C, "06:00", "P4", "RO", []],
  ["ED wristband printer at 05:59", "printer-wristbands", "ED", "S", "N", false, "Wristbands print faint", C, "05:59", "P1", "RO", ["ed-night"]],
  ["ED wristband printer at 22:00 sharp", "printer-wristbands", "ED", "S", "N", false, "No wristbands", "REMOTE_AGENT", "22:00", "P1", "RO", ["ed-night"]],
  ["ICU label printer at night is not the ED", "printer-labels", "ICU", "S", "W", false, "Label printer offline", C, "03:00", "P2", "RO", []],
  ["ICU pump feed missing", "device-vitals-feed", "ICU", "U", "W", false, "Pump feed missing bed 4", C, "10:00", "P1", "BM", []],
  ["ICU monitor feed, one bed, no care effect", "device-vitals-feed", "ICU", "S", "N", false, "Vitals not in chart", C, "10:00", "P1", "BM", []],
  ["4 West pump feed", "device-vitals-feed", "4W", "S", "W", false, "Pump feed missing", C, "10:00", "P2", "BM", []],
  ["EHR down hospital-wide", "ehr-down", "4W", "M", "B", false, "Nobody can open charts", C, "09:00", "P1", "CA", []],
  ["EHR down with a patient at risk", "ehr-down", "ED", "M", "B", true, "Cannot see allergies", C, "09:00", "P1", "CA", []],
  ["EHR down for one pharmacist", "ehr-down", "PHARM", "S", "N", false, "EHR down on my screen", C, "09:00", "P2", "CA", []],
  ["EHR slow on 4 West", "ehr-slow", "4W", "U", "W", false, "Charting is slow", C, "11:00", "P2", "CA", []],
  ["EHR slow in family medicine", "ehr-slow", "FM", "S", "N", false, "Slow to save notes", C, "11:00", "P4", "CA", []],
  ["EHR sign-in blocked in the ED", "ehr-sign-in", "ED", "S", "B", false, "Access denied", C, "02:00", "P2", "IA", []],
  ["Password reset on 4 West", "access-locked", "4W", "S", "N", false, "Forgot my password", C, "08:00", "P4", "SD", []],
  ["Password reset blocking ICU care", "access-locked", "ICU", "S", "B", false, "Locked out, cannot chart meds", C, "08:00", "P2", "SD", []],
  ["Password reset in the ED with a workaround", "access-locked", "ED", "S", "W", false, "Forgot password", C, "08:00", "P2", "SD", []],
  ["Phishing asking for a password", "security-phishing", "ADM", "S", "N", false, "Invoice attached, asks for password", C, "13:00", "P2", "SO", ["phishing"]],
  ["Phishing without the trigger words", "security-phishing", "ADM", "S", "N", false, "Strange email from a bank", C, "13:00", "P4", "SO", []],
  ["Phishing word in capitals", "security-phishing", "REG", "S", "N", false, "PASSWORD expiry notice", C, "13:00", "P2", "SO", ["phishing"]],
  ["Phishing: a longer word is not a whole word", "security-phishing", "REG", "S", "N", false, "Shared passwords list", C, "13:00", "P4", "SO", []],
  ["Nurse call down in L&D", "nurse-call", "LD", "U", "B", false, "Call lights not working", C, "04:00", "P1", "RO", ["ld-nurse-call"]],
  ["Nurse call, one room in L&D", "nurse-call", "LD", "S", "N", false, "Room 3 call button", C, "04:00", "P1", "RO", ["ld-nurse-call"]],
  ["Nurse call on telemetry", "nurse-call", "5E", "S", "W", false, "Call button sticks", C, "04:00", "P2", "RO", []],
  ["Nurse call in the NICU", "nurse-call", "NICU", "U", "W", false, "Alarms not reaching phones", C, "04:00", "P2", "RO", []],
  ["Wi-Fi in the family medicine clinic", "network-wifi", "FM", "U", "W", false, "Wi-Fi keeps dropping", C, "10:00", "P2", "NO", ["clinic-wifi"]],
  ["Wi-Fi in the orthopedic clinic", "network-wifi", "ORTHO", "S", "N", false, "No Wi-Fi in room 2", C, "10:00", "P4", "NO", ["clinic-wifi"]],
  ["Wi-Fi on 4 West stays remote", "network-wifi", "4W", "S", "W", false, "Wi-Fi slow", C, "10:00", "P3", "NT", []],
  ["Medication cabinet in the ED", "dispensing-cabinet", "ED", "U", "B", false, "Pyxis won't open", C, "01:00", "P1", "CA", []],
  ["Medication cabinet in the pharmacy", "dispensing-cabinet", "PHARM", "S", "N", false, "Omnicell report", C, "15:00", "P2", "CA", []],
  ["Bedside med scanning on telemetry", "ehr-med-scanning", "5E", "U", "W", false, "Scanner won't read wristbands", C, "07:00", "P2", "CA", []],
  ["Desk phone at Northgate registration", "phone-desk", "REG", "S", "N", false, "No dial tone", C, "09:00", "P4", "NO", []],
  ["Vocera in the ED with a patient at risk", "phone-mobile", "ED", "S", "B", true, "Cannot reach the code team", C, "03:00", "P1", "NT", []],
  ["Computer on wheels on 4 West", "device-cart", "4W", "U", "W", false, "Cart battery dead", C, "12:00", "P2", "RO", []],
  ["Desktop in dialysis", "device-desktop", "DIAL", "S", "W", false, "PC won't start", C, "12:00", "P3", "NO", []],
  ["Manager's remote session: rule raising to P4 changes nothing", "device-remote-session", "ONC", "S", "N", false, "Session freezes", "MANAGER", "12:00", "P4", "SD", []],
  ["Manager reports EHR down: a P4 rule never lowers P1", "ehr-down", "4W", "M", "B", false, "EHR down", "MANAGER", "12:00", "P1", "CA", []],
  ["Lost laptop in behavioral health", "security-incident", "BH", "S", "W", false, "Laptop missing", C, "16:00", "P3", "SO", []],
  ["Email down for several units", "email-problem", "4W", "M", "N", false, "Outlook won't open", C, "16:00", "P3", "SD", []],
  ["Something else in the ED, no care effect", "other", "ED", "S", "N", false, "Question about a screen", C, "16:00", "P4", "SD", []],
  ["Copier in the OR blocking care", "printer-paper", "OR", "U", "B", false, "Cannot print consent forms", C, "07:30", "P1", "RO", []],
];

describe("triage with rules: realistic scenarios", () => {
  it.each(SCENARIOS)("%s", (...s) => {
    const decision = decide(s);
    expect({ priority: decision.priority, team: decision.team?.name, tags: decision.tags }).toEqual({ priority: s[9], team: TEAMS[s[10]].name, tags: s[11] });
  });

  it("explains a rule's changes by number and name", () => {
    const decision = decide(SCENARIOS[0]!);
    expect(decision.explanation).toContain("raised to P1 by rule 3 “ED printers at night”");
    expect(decision.explanation).toContain("to Riverside On-site Support by rule 3 “ED printers at night”");
  });

  it("records a rule's assignee and mode change", () => {
    expect(decide(SCENARIOS[7]!).assigneeId).toBe("u-biomed-lead");
    const wifi = decide(SCENARIOS[27]!);
    expect(wifi.mode).toBe("ONSITE");
    expect(wifi.explanation).toContain("on site by rule 6");
  });

  it("ignores a disabled rule, and with no rules gives the matrix-and-floors decision", () => {
    const plain = SCENARIOS[1]!;
    expect(decide(plain).priority).toBe("P2");
    expect(decide(plain, []).explanation).toBe(triage(triageInputFor("printer-labels", "ED", { impact: "UNIT", urgency: "CARE_SLOWED", patientSafety: false })).explanation);
  });
});

describe("rule schemas and clock", () => {
  it("accepts the sample rules and rejects unknown keys, bad times and empty actions", () => {
    for (const rule of SAMPLE_RULES) {
      expect(ZRuleCondition.safeParse(rule.conditions).success).toBe(true);
      expect(ZRuleAction.safeParse(rule.actions).success).toBe(true);
    }
    expect(ZRuleCondition.safeParse({ colour: ["red"] }).success).toBe(false);
    expect(ZRuleCondition.safeParse({ timeOfDay: { from: "24:00", to: "06:00" } }).success).toBe(false);
    expect(ZRuleAction.safeParse({}).success).toBe(false);
    expect(ZRuleAction.safeParse({ addTags: ["Has Spaces"] }).success).toBe(false);
  });

  it("reads the local time in the hospital's zone, across daylight saving", () => {
    expect(minutesOfDay(at("03:15"), timeZone)).toBe(3 * 60 + 15);
    expect(minutesOfDay(new Date("2026-07-01T12:00:00Z"), timeZone)).toBe(8 * 60);
  });
});

const arbScenario = fc.record({
  category: fc.constantFrom(...(Object.keys(CATEGORIES) as CategoryKey[])),
  unit: fc.constantFrom(...(Object.keys(UNITS) as UnitKey[])),
  impact: fc.integer({ min: 0, max: 2 }),
  urgency: fc.integer({ min: 0, max: 2 }),
  patientSafety: fc.boolean(),
  role: fc.constantFrom(...ROLES),
  summary: fc.constantFrom("invoice wants my password", "printer jammed", "nothing special", ""),
  minute: fc.integer({ min: 0, max: 1439 }),
});
type Arb = { category: CategoryKey; unit: UnitKey; impact: number; urgency: number; patientSafety: boolean; role: TRole; summary: string; minute: number };
// IMPACTS run from fewest to most people; URGENCIES from most to least urgent.
const rank = (p: TPriority) => PRIORITIES.indexOf(p);
function run(a: Arb, rules: readonly TriageRuleDef[] = SAMPLE_RULES) {
  const impact = IMPACTS[a.impact]!;
  const urgency = URGENCIES[a.urgency]!;
  const now = new Date(Date.UTC(2026, 10, 29, 5) + a.minute * 60_000);
  const facts = { categoryId: a.category, locationPathIds: locationPathIds(a.unit), summary: a.summary, impact, urgency, requesterRole: a.role };
  return triage(triageInputFor(a.category, a.unit, { impact, urgency, patientSafety: a.patientSafety }), DEFAULT_MATRIX, { rules, facts, context: { now, timeZone } });
}

describe("triage properties", () => {
  it("never lowers priority when impact or urgency rises", () => {
    fc.assert(
      fc.property(arbScenario, (a) => {
        const base = rank(run(a).priority);
        if (a.impact < 2) expect(rank(run({ ...a, impact: a.impact + 1 }).priority)).toBeLessThanOrEqual(base);
        if (a.urgency > 0) expect(rank(run({ ...a, urgency: a.urgency - 1 }).priority)).toBeLessThanOrEqual(base);
      }),
    );
  });

  it("a patient at risk is always P1 and never lowers the priority", () => {
    fc.assert(
      fc.property(arbScenario, (a) => {
        expect(run({ ...a, patientSafety: true }).priority).toBe("P1");
      }),
    );
  });

  it("rules never lower the priority and the result is deterministic", () => {
    fc.assert(
      fc.property(arbScenario, (a) => {
        expect(rank(run(a).priority)).toBeLessThanOrEqual(rank(run(a, []).priority));
        expect(run(a)).toEqual(run(a));
      }),
    );
  });
});

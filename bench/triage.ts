// Triage benchmark: 50 realistic rules against one ticket, on one core (a plain loop, no workers).
// Run: npx tsx bench/triage.ts   (or npm run bench:triage). Target: at least 10,000 evaluations per second.
import { DEFAULT_MATRIX } from "../src/domain/triage/matrix";
import type { TriageRuleDef } from "../src/domain/triage/rules";
import { CATEGORIES, locationPathIds, SAMPLE_RULES, TEAMS, triageInputFor, UNITS, type CategoryKey, type UnitKey } from "../src/domain/triage/scenarios.fixture";
import { triage } from "../src/domain/triage/triage";

const EVALUATIONS = 200_000;
const WORDS = ["printer", "jammed", "wristband", "pump", "offline", "password", "invoice", "slow", "frozen", "alarm"];

// The 7 sample rules plus 43 more of the kinds a hospital writes: a category at a unit, words, night shifts, roles.
function fiftyRules(): TriageRuleDef[] {
  const categories = Object.keys(CATEGORIES) as CategoryKey[];
  const units = Object.keys(UNITS) as UnitKey[];
  const teams = Object.values(TEAMS);
  const extra = Array.from({ length: 43 }, (_, i): TriageRuleDef => ({
    position: SAMPLE_RULES.length + i + 1,
    name: `Rule ${i + 1}`,
    enabled: i % 7 !== 0,
    conditions: {
      categoryIds: [categories[i % categories.length]!, categories[(i * 3) % categories.length]!],
      locationIds: [`l-${units[i % units.length]!}`],
      ...(i % 2 === 0 ? { summaryWords: [WORDS[i % WORDS.length]!, "not working"] } : {}),
      ...(i % 3 === 0 ? { timeOfDay: { from: "19:00", to: "07:00" } } : {}),
      ...(i % 5 === 0 ? { requesterRoles: ["CLINICIAN" as const] } : {}),
    },
    actions: { raisePriorityTo: i % 2 === 0 ? "P2" : "P1", setTeam: { id: teams[i % teams.length]!.id, name: teams[i % teams.length]!.name }, addTags: [`tag-${i}`] },
  }));
  return [...SAMPLE_RULES, ...extra];
}

const rules = fiftyRules();
const input = triageInputFor("printer-labels", "ED", { impact: "UNIT", urgency: "CARE_SLOWED", patientSafety: false });
const facts = { categoryId: "printer-labels", locationPathIds: locationPathIds("ED"), summary: "Specimen label printer jammed, not working", impact: input.impact, urgency: input.urgency, requesterRole: "CLINICIAN" as const };
const context = { now: new Date("2026-11-29T08:00:00Z"), timeZone: "America/New_York" };

let sink = 0;
for (let i = 0; i < 5_000; i++) sink += triage(input, DEFAULT_MATRIX, { rules, facts, context }).explanation.length; // warm-up
const started = performance.now();
for (let i = 0; i < EVALUATIONS; i++) sink += triage(input, DEFAULT_MATRIX, { rules, facts, context }).explanation.length;
const seconds = (performance.now() - started) / 1000;
const sample = triage(input, DEFAULT_MATRIX, { rules, facts, context });

console.log(`${rules.length} rules, ${EVALUATIONS} evaluations in ${seconds.toFixed(2)} s`);
console.log(`${Math.round(EVALUATIONS / seconds).toLocaleString("en-US")} evaluations per second (one core)`);
console.log(`decision: ${sample.priority}, ${sample.team?.name ?? "no team"}, tags ${sample.tags.join(",") || "none"} (checksum ${sink % 1000})`);

// The demo hospital's real categories, units and teams as plain objects, for triage tests and the benchmark.
import type { TriageInput } from "./triage";
import type { TriageRuleDef } from "./rules";

type Team = { id: string; name: string; onsiteCampus?: string };
export const TEAMS = {
  RO: { id: "t-riverside-onsite", name: "Riverside On-site Support", onsiteCampus: "RMC" },
  NO: { id: "t-northgate-onsite", name: "Northgate On-site Support", onsiteCampus: "NGC" },
  BM: { id: "t-biomed", name: "Biomedical Engineering", onsiteCampus: "RMC" },
  SD: { id: "t-service-desk", name: "Service Desk" },
  CA: { id: "t-clinical-apps", name: "Clinical Applications" },
  IA: { id: "t-identity-access", name: "Identity & Access" },
  NT: { id: "t-network-telecom", name: "Network & Telecom" },
  SO: { id: "t-security-ops", name: "Security Operations" },
} satisfies Record<string, Team>;
export type TeamKey = keyof typeof TEAMS;

type Cat = { name: string; team: TeamKey; mode: "ONSITE" | "REMOTE"; critical?: true };
export const CATEGORIES = {
  "ehr-sign-in": { name: "Patient records won't let me sign in", team: "IA", mode: "REMOTE" },
  "ehr-slow": { name: "Patient records are slow", team: "CA", mode: "REMOTE" },
  "ehr-down": { name: "Patient records are down for everyone", team: "CA", mode: "REMOTE", critical: true },
  "ehr-med-scanning": { name: "Scanning medications or wristbands at the bedside", team: "CA", mode: "REMOTE", critical: true },
  "printer-labels": { name: "Label printer (specimens, medications)", team: "RO", mode: "ONSITE" },
  "printer-wristbands": { name: "Wristband printer", team: "RO", mode: "ONSITE" },
  "printer-paper": { name: "Regular printer or copier", team: "RO", mode: "ONSITE" },
  "device-cart": { name: "Computer on wheels (cart)", team: "RO", mode: "ONSITE" },
  "device-desktop": { name: "Desktop computer", team: "RO", mode: "ONSITE" },
  "device-remote-session": { name: "Remote session won't open or freezes", team: "SD", mode: "REMOTE" },
  "access-locked": { name: "Account locked or forgotten password", team: "SD", mode: "REMOTE" },
  "phone-desk": { name: "Desk phone", team: "RO", mode: "ONSITE" },
  "phone-mobile": { name: "Pager or work mobile (Vocera)", team: "NT", mode: "REMOTE" },
  "nurse-call": { name: "Nurse call system", team: "RO", mode: "ONSITE", critical: true },
  "network-wifi": { name: "Wi-Fi not working", team: "NT", mode: "REMOTE" },
  "device-vitals-feed": { name: "Monitor or pump not sending data to the chart", team: "BM", mode: "ONSITE", critical: true },
  "dispensing-cabinet": { name: "Medication cabinet (Pyxis, Omnicell)", team: "CA", mode: "REMOTE", critical: true },
  "email-problem": { name: "Email not working", team: "SD", mode: "REMOTE" },
  "security-phishing": { name: "Suspicious email or message", team: "SO", mode: "REMOTE" },
  "security-incident": { name: "Lost device or possible security incident", team: "SO", mode: "REMOTE" },
  other: { name: "Something else", team: "SD", mode: "REMOTE" },
} satisfies Record<string, Cat>;
export type CategoryKey = keyof typeof CATEGORIES;

type Unit = { name: string; campus: "RMC" | "NGC"; criticalCare?: true };
export const UNITS = {
  ED: { name: "Emergency Department", campus: "RMC", criticalCare: true },
  ADM: { name: "Registration & Admitting", campus: "RMC" },
  OR: { name: "Operating Rooms", campus: "RMC", criticalCare: true },
  ICU: { name: "Intensive Care Unit", campus: "RMC", criticalCare: true },
  LD: { name: "Labor & Delivery", campus: "RMC", criticalCare: true },
  NICU: { name: "Neonatal Intensive Care (NICU)", campus: "RMC", criticalCare: true },
  "4W": { name: "4 West Med-Surg", campus: "RMC" },
  "5E": { name: "5 East Cardiac Telemetry", campus: "RMC" },
  PHARM: { name: "Pharmacy", campus: "RMC" },
  REG: { name: "Patient Registration", campus: "NGC" },
  FM: { name: "Family Medicine Clinic", campus: "NGC" },
  ORTHO: { name: "Orthopedic Clinic", campus: "NGC" },
  ONC: { name: "Oncology Infusion Center", campus: "NGC" },
  DIAL: { name: "Dialysis", campus: "NGC" },
  BH: { name: "Behavioral Health", campus: "NGC" },
} satisfies Record<string, Unit>;
export type UnitKey = keyof typeof UNITS;

/** Campus > building > floor > unit ids, as intake-context passes them to the rules. */
export const locationPathIds = (unit: UnitKey) => {
  const { campus } = UNITS[unit];
  return [`l-${campus}`, `l-${campus}-main`, `l-${campus}-floor`, `l-${unit}`];
};

/** The same input intake-context builds: a campus's specialist on-site team keeps its work, else the campus's own. */
export function triageInputFor(category: CategoryKey, unit: UnitKey, answers: Pick<TriageInput, "impact" | "urgency" | "patientSafety">): TriageInput {
  const cat: Cat = CATEGORIES[category];
  const loc: Unit = UNITS[unit];
  const team: Team = TEAMS[cat.team];
  const campusTeam = team.onsiteCampus === loc.campus ? team : loc.campus === "RMC" ? TEAMS.RO : TEAMS.NO;
  return {
    ...answers,
    category: { name: cat.name, clinicalCritical: cat.critical ?? false, defaultMode: cat.mode, defaultTeam: { id: team.id, name: team.name } },
    location: { name: loc.name, criticalCare: loc.criticalCare ?? false },
    campusOnsiteTeam: { id: campusTeam.id, name: campusTeam.name },
  };
}

const rule = (position: number, name: string, def: Omit<TriageRuleDef, "position" | "name" | "enabled">, enabled = true): TriageRuleDef => ({ position, name, enabled, ...def });
const ref = (key: TeamKey) => ({ id: TEAMS[key].id, name: TEAMS[key].name });

export const SAMPLE_RULES: readonly TriageRuleDef[] = [
  rule(1, "Everything is urgent (switched off)", { conditions: {}, actions: { raisePriorityTo: "P1" } }, false),
  rule(2, "Managers are not special", { conditions: { requesterRoles: ["MANAGER"] }, actions: { raisePriorityTo: "P4" } }),
  rule(3, "ED printers at night", {
    conditions: { categoryIds: ["printer-labels", "printer-wristbands"], locationIds: ["l-ED"], timeOfDay: { from: "22:00", to: "06:00" } },
    actions: { raisePriorityTo: "P1", setTeam: ref("RO"), addTags: ["ed-night"] },
  }),
  rule(4, "Phishing after credentials", { conditions: { categoryIds: ["security-phishing"], summaryWords: ["invoice", "password"] }, actions: { raisePriorityTo: "P2", addTags: ["phishing"] } }),
  rule(5, "ICU pump feeds", { conditions: { categoryIds: ["device-vitals-feed"], locationIds: ["l-ICU"] }, actions: { raisePriorityTo: "P1", assignTo: { id: "u-biomed-lead", name: "Pat Biomed" } } }),
  rule(6, "Clinic Wi-Fi is hands-on", {
    conditions: { categoryIds: ["network-wifi"], locationIds: ["l-FM", "l-ORTHO"] },
    actions: { setMode: "ONSITE", setTeam: ref("NO"), addTags: ["clinic-wifi"] },
  }),
  rule(7, "L&D nurse call", { conditions: { categoryIds: ["nurse-call"], locationIds: ["l-LD"] }, actions: { raisePriorityTo: "P1", addTags: ["ld-nurse-call"] } }),
];

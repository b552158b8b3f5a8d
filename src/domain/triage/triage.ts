import { DEFAULT_MATRIX, higherOf, IMPACT_WORDS, URGENCY_WORDS, type PriorityMatrix, type TImpact, type TPriority, type TUrgency } from "./matrix";
import { evaluateRules, type RuleContext, type RuleFacts, type TriageRuleDef } from "./rules";

export type TMode = "ONSITE" | "REMOTE";
type TeamRef = { id: string; name: string };

export type TriageInput = {
  impact: TImpact;
  urgency: TUrgency;
  patientSafety: boolean;
  category: { name: string; clinicalCritical: boolean; defaultMode: TMode; defaultTeam: TeamRef | null };
  location: { name: string; criticalCare: boolean };
  /** The on-site team serving the ticket's campus, if the hospital has one there. */
  campusOnsiteTeam: TeamRef | null;
};

export type TriageDecision = {
  priority: TPriority;
  mode: TMode;
  team: TeamRef | null;
  /** Set only when a rule assigns the ticket to a person. */
  assigneeId: string | null;
  tags: string[];
  explanation: string;
};

/** The admin's rules and what they need to know about the ticket; without them only the matrix and floors apply. */
export type RuleInput = { rules: readonly TriageRuleDef[]; facts: RuleFacts; context: RuleContext };

/**
 * Priority from the matrix, then floors that can only raise it: a patient at risk is always P1; a
 * clinical-critical category or a critical-care unit with care affected is at least P2. Routing: the
 * category's mode; remote work to the category's team, on-site work to the campus's on-site team.
 */
export function triage(input: TriageInput, matrix: PriorityMatrix = DEFAULT_MATRIX, ruleInput?: RuleInput): TriageDecision {
  const reasons: string[] = [];
  let priority = matrix[input.urgency][input.impact];
  reasons.push(`${priority} from the answers: ${IMPACT_WORDS[input.impact]}, ${URGENCY_WORDS[input.urgency]}`);

  const raise = (floor: TPriority, why: string) => {
    const raised = higherOf(priority, floor);
    if (raised !== priority) reasons.push(`raised to ${raised} because ${why}`);
    priority = raised;
  };
  if (input.patientSafety) raise("P1", "a patient is at risk");
  if (input.category.clinicalCritical) raise("P2", `“${input.category.name}” is clinical-critical`);
  if (input.location.criticalCare && input.urgency !== "NO_CARE_IMPACT") {
    raise("P2", `${input.location.name} is a critical-care unit`);
  }

  const mode = input.category.defaultMode;
  const team = mode === "ONSITE" ? (input.campusOnsiteTeam ?? input.category.defaultTeam) : input.category.defaultTeam;
  const where = mode === "ONSITE" ? "on site" : "remote";
  const routing = team
    ? `to ${team.name} (${where}) because of category “${input.category.name}”${mode === "ONSITE" && input.campusOnsiteTeam ? " and the location's campus" : ""}`
    : `no team is set for category “${input.category.name}”: the Service Desk will route it`;
  if (!ruleInput) return { priority, mode, team, assigneeId: null, tags: [], explanation: `${reasons.join("; ")}; ${routing}.` };

  // Rules run last and can only raise the priority; their notes follow the matrix's and floors' reasons.
  const ruled = evaluateRules(ruleInput.rules, ruleInput.facts, ruleInput.context, { priority, mode, team });
  const explanation = [...reasons, ...ruled.priorityNotes, routing, ...ruled.routingNotes].join("; ");
  return { priority: ruled.priority, mode: ruled.mode, team: ruled.team, assigneeId: ruled.assignee?.id ?? null, tags: ruled.tags, explanation: `${explanation}.` };
}

// Admin-editable triage rules: ordered, evaluated after the matrix and the floors. Pure: the clock and the
// hospital's time zone are passed in, and rules arrive already loaded (and validated) from the database.
import { z } from "zod";
import { ROLES, type TRole } from "@/domain/authz/roles";
import { higherOf, IMPACTS, PRIORITIES, URGENCIES, type TImpact, type TPriority, type TUrgency } from "./matrix";

const ZId = z.string().trim().min(1).max(64);
const ZRef = z.object({ id: ZId, name: z.string().trim().min(1).max(120) });
const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use 24-hour time, like 22:00.");
const nonEmpty = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(50).optional();

/** Every condition present must hold (AND); a list matches when any of its entries does (OR). */
export const ZRuleCondition = z
  .object({
    categoryIds: nonEmpty(ZId),
    /** Matches the ticket's location or any place that contains it (a unit matches its rooms). */
    locationIds: nonEmpty(ZId),
    /** Whole words or phrases, case-insensitive. */
    summaryWords: nonEmpty(z.string().trim().min(1).max(60)),
    impact: nonEmpty(z.enum(IMPACTS)),
    urgency: nonEmpty(z.enum(URGENCIES)),
    /** In the hospital's time zone; "from" after "to" wraps past midnight (22:00 to 06:00). */
    timeOfDay: z.object({ from: ZClock, to: ZClock }).optional(),
    requesterRoles: nonEmpty(z.enum(ROLES)),
  })
  .strict();

/** Team and person carry their names so an explanation can be written without another query. */
export const ZRuleAction = z
  .object({
    raisePriorityTo: z.enum(PRIORITIES).optional(),
    setMode: z.enum(["ONSITE", "REMOTE"]).optional(),
    setTeam: ZRef.optional(),
    assignTo: ZRef.optional(),
    addTags: nonEmpty(z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "Tags use lowercase letters, digits and dashes.")),
  })
  .strict()
  .refine((action) => Object.values(action).some((value) => value !== undefined), "Choose at least one thing the rule does.");

export type TRuleCondition = z.infer<typeof ZRuleCondition>;
export type TRuleAction = z.infer<typeof ZRuleAction>;
export type TriageRuleDef = { position: number; name: string; enabled: boolean; conditions: TRuleCondition; actions: TRuleAction };

export type RuleFacts = {
  categoryId: string;
  /** The ticket's location and every place above it. */
  locationPathIds: readonly string[];
  summary: string;
  impact: TImpact;
  urgency: TUrgency;
  requesterRole: TRole;
};
export type RuleContext = { now: Date; timeZone: string };

type TeamRef = { id: string; name: string };
export type RuleOutcome = {
  priority: TPriority;
  mode: "ONSITE" | "REMOTE";
  team: TeamRef | null;
  assignee: TeamRef | null;
  tags: string[];
  /** Why each change happened, e.g. "raised to P1 by rule 3 “ED printers at night”". */
  priorityNotes: string[];
  routingNotes: string[];
};

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Minutes since local midnight; formatters are cached because building one costs far more than using it. */
export function minutesOfDay(now: Date, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part("hour") * 60 + part("minute");
}

const clock = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
function inWindow(minute: number, window: { from: string; to: string }): boolean {
  const from = clock(window.from);
  const to = clock(window.to);
  return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** Lowercased words joined by single spaces and padded, so " word " finds whole words and phrases. */
export function normaliseWords(text: string): string {
  return ` ${text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ")} `;
}

type Prepared = { facts: RuleFacts; words: string; minute: number };
const any = <T>(wanted: readonly T[] | undefined, test: (value: T) => boolean) => wanted === undefined || wanted.some(test);

export function ruleMatches(condition: TRuleCondition, { facts, words, minute }: Prepared): boolean {
  return (
    any(condition.categoryIds, (id) => id === facts.categoryId) &&
    any(condition.locationIds, (id) => facts.locationPathIds.includes(id)) &&
    any(condition.impact, (impact) => impact === facts.impact) &&
    any(condition.urgency, (urgency) => urgency === facts.urgency) &&
    any(condition.requesterRoles, (role) => role === facts.requesterRole) &&
    (condition.timeOfDay === undefined || inWindow(minute, condition.timeOfDay)) &&
    any(condition.summaryWords, (word) => words.includes(normaliseWords(word)))
  );
}

type Start = Pick<RuleOutcome, "priority" | "mode" | "team">;

/** Applies enabled rules in position order; each matching rule's actions in a fixed order. Only raises priority. */
export function evaluateRules(rules: readonly TriageRuleDef[], facts: RuleFacts, context: RuleContext, start: Start): RuleOutcome {
  const out: RuleOutcome = { ...start, assignee: null, tags: [], priorityNotes: [], routingNotes: [] };
  const prepared: Prepared = { facts, words: normaliseWords(facts.summary), minute: minutesOfDay(context.now, context.timeZone) };
  const ordered = [...rules].sort((a, b) => a.position - b.position);
  for (const rule of ordered) {
    if (!rule.enabled || !ruleMatches(rule.conditions, prepared)) continue;
    applyActions(out, rule);
  }
  return out;
}

function applyActions(out: RuleOutcome, rule: TriageRuleDef): void {
  const by = `by rule ${rule.position} “${rule.name}”`;
  const { raisePriorityTo, setMode, setTeam, assignTo, addTags } = rule.actions;
  if (raisePriorityTo && higherOf(out.priority, raisePriorityTo) !== out.priority) {
    out.priority = raisePriorityTo;
    out.priorityNotes.push(`raised to ${raisePriorityTo} ${by}`);
  }
  if (setMode && setMode !== out.mode) {
    out.mode = setMode;
    out.routingNotes.push(`${setMode === "ONSITE" ? "on site" : "remote"} ${by}`);
  }
  if (setTeam) {
    out.team = { id: setTeam.id, name: setTeam.name };
    out.routingNotes.push(`to ${setTeam.name} ${by}`);
  }
  if (assignTo) {
    out.assignee = { id: assignTo.id, name: assignTo.name };
    out.routingNotes.push(`assigned to ${assignTo.name} ${by}`);
  }
  for (const tag of addTags ?? []) if (!out.tags.includes(tag)) out.tags.push(tag);
}

import { Button, ButtonLink } from "@/components/ui/button";
import { ROLE_LABELS } from "@/domain/authz/roles";
import { IMPACT_WORDS, URGENCY_WORDS } from "@/domain/triage/matrix";
import type { TRuleAction, TRuleCondition } from "@/domain/triage/rules";
import { deleteRuleAction, moveRuleAction, toggleRuleAction } from "../actions";
import type { AdminRule, Option } from "../queries";

type Names = { categories: Option[]; locations: Option[] };

const nameOf = (items: Option[], id: string) => items.find((item) => item.id === id)?.name ?? "a removed entry";
const or = (parts: string[]) => parts.join(" or ");

/** A rule's conditions in plain words, e.g. "category Wristband printer, at Emergency Department, 22:00–06:00". */
export function describeConditions(c: TRuleCondition, names: Names): string {
  const parts = [
    c.categoryIds && `category ${or(c.categoryIds.map((id) => nameOf(names.categories, id)))}`,
    c.locationIds && `at ${or(c.locationIds.map((id) => nameOf(names.locations, id)))}`,
    c.summaryWords && `summary says ${or(c.summaryWords.map((word) => `“${word}”`))}`,
    c.impact && `affects ${or(c.impact.map((i) => IMPACT_WORDS[i]))}`,
    c.urgency && or(c.urgency.map((u) => URGENCY_WORDS[u])),
    c.timeOfDay && `between ${c.timeOfDay.from} and ${c.timeOfDay.to}`,
    c.requesterRoles && `reported by ${or(c.requesterRoles.map((r) => ROLE_LABELS[r]))}`,
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(", ") : "every ticket";
}

export function describeActions(a: TRuleAction): string {
  const parts = [
    a.raisePriorityTo && `raise to ${a.raisePriorityTo}`,
    a.setMode && (a.setMode === "ONSITE" ? "on site" : "remote"),
    a.setTeam && `send to ${a.setTeam.name}`,
    a.assignTo && `assign to ${a.assignTo.name}`,
    a.addTags && `tag ${a.addTags.join(", ")}`,
  ].filter((part): part is string => Boolean(part));
  return parts.join("; ");
}

function RuleButtons({ rule, first, last }: { rule: AdminRule; first: boolean; last: boolean }) {
  const hidden = (
    <>
      <input type="hidden" name="ruleId" value={rule.id} />
      <input type="hidden" name="version" value={rule.version} />
    </>
  );
  return (
    <div className="flex flex-wrap gap-2">
      {rule.valid && (
        <ButtonLink href={`/admin/triage?edit=${rule.id}#rule-form`} variant="secondary" aria-label={`Edit rule ${rule.position}: ${rule.name}`}>
          Edit
        </ButtonLink>
      )}
      <form action={toggleRuleAction}>
        {hidden}
        <input type="hidden" name="enabled" value={String(!rule.enabled)} />
        <Button type="submit" variant="secondary" aria-label={`${rule.enabled ? "Turn off" : "Turn on"} rule ${rule.position}: ${rule.name}`}>
          {rule.enabled ? "Turn off" : "Turn on"}
        </Button>
      </form>
      {(["up", "down"] as const).map((direction) =>
        (direction === "up" ? first : last) ? null : (
          <form key={direction} action={moveRuleAction}>
            <input type="hidden" name="ruleId" value={rule.id} />
            <input type="hidden" name="direction" value={direction} />
            <Button type="submit" variant="secondary" aria-label={`Move rule ${rule.position}: ${rule.name} ${direction}`}>
              {direction === "up" ? "Move up" : "Move down"}
            </Button>
          </form>
        ),
      )}
      <form action={deleteRuleAction}>
        {hidden}
        <Button type="submit" variant="quiet" aria-label={`Delete rule ${rule.position}: ${rule.name}`}>
          Delete
        </Button>
      </form>
    </div>
  );
}

/** The rules in the order they run; later rules win when two set the team. */
export function RuleList({ rules, names }: { rules: AdminRule[]; names: Names }) {
  if (rules.length === 0) return <p className="text-lg">No rules yet: tickets follow the matrix and their category alone.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {rules.map((rule, index) => (
        <li key={rule.id} className="flex flex-col gap-2 rounded-md bg-paper p-4 shadow-sm">
          <p className="text-lg font-bold">
            Rule {rule.position}: {rule.name} {!rule.enabled && <span className="font-normal">(off)</span>}
          </p>
          {rule.valid ? (
            <p>
              <span className="font-semibold">When</span> {describeConditions(rule.conditions, names)} <span className="font-semibold">then</span> {describeActions(rule.actions)}.
            </p>
          ) : (
            <p>This rule was saved by an older version and cannot be read; it is never applied. Delete it and add it again.</p>
          )}
          <RuleButtons rule={rule} first={index === 0} last={index === rules.length - 1} />
        </li>
      ))}
    </ol>
  );
}

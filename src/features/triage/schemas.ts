import { z } from "zod";
import { ROLES } from "@/domain/authz/roles";
import { IMPACTS, PRIORITIES, URGENCIES } from "@/domain/triage/matrix";
import type { TRuleCondition } from "@/domain/triage/rules";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "@/lib/plain-text";

const ZPriority = z.enum(PRIORITIES, "Choose a priority.");

/** The 3x3 matrix as the form sends it: one field per cell, named "URGENCY.IMPACT". */
export const ZUpdateMatrix = z.object(
  Object.fromEntries(URGENCIES.flatMap((u) => IMPACTS.map((i) => [`${u}.${i}`, ZPriority]))) as Record<`${(typeof URGENCIES)[number]}.${(typeof IMPACTS)[number]}`, typeof ZPriority>,
);
export type TUpdateMatrix = z.output<typeof ZUpdateMatrix>;

const list = (text: string) => [...new Set(text.split(",").map((part) => part.trim()).filter(Boolean))];
const optionalList = <T>(items: T[]) => (items.length ? items : undefined);
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
const ZClock = z.union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use 24-hour time, like 22:00.")]);

/** A rule as the admin form sends it: selects, comma-separated words and tags, an optional time window. */
export const ZRuleForm = z
  .object({
    name: z.string().trim().min(3, "Name the rule (at least 3 characters).").max(80, "Keep the name under 80 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
    categoryIds: z.array(z.uuid("Choose categories from the list.")).max(50),
    locationIds: z.array(z.uuid("Choose places from the list.")).max(50),
    summaryWords: z.string().max(400, "Keep the words under 400 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE).transform(list),
    impact: z.array(z.enum(IMPACTS)).max(3),
    urgency: z.array(z.enum(URGENCIES)).max(3),
    timeFrom: ZClock,
    timeTo: ZClock,
    requesterRoles: z.array(z.enum(ROLES)).max(ROLES.length),
    raisePriorityTo: z.preprocess(blankToUndefined, ZPriority.optional()),
    setMode: z.preprocess(blankToUndefined, z.enum(["ONSITE", "REMOTE"]).optional()),
    setTeamId: z.preprocess(blankToUndefined, z.uuid("Choose a team from the list.").optional()),
    assignToUserId: z.preprocess(blankToUndefined, z.uuid("Choose a person from the list.").optional()),
    addTags: z
      .string()
      .max(200)
      .transform(list)
      .pipe(z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "Tags use lowercase letters, digits and dashes, e.g. ed-night."))),
  })
  .superRefine((form, ctx) => {
    if ((form.timeFrom === "") !== (form.timeTo === "")) ctx.addIssue({ code: "custom", path: ["timeTo"], message: "Give both a start and an end time, or neither." });
    if (form.timeFrom !== "" && form.timeFrom === form.timeTo) ctx.addIssue({ code: "custom", path: ["timeTo"], message: "The end time must differ from the start." });
    if (!form.raisePriorityTo && !form.setMode && !form.setTeamId && !form.assignToUserId && form.addTags.length === 0) {
      ctx.addIssue({ code: "custom", path: ["raisePriorityTo"], message: "Choose at least one thing the rule does." });
    }
  });
export type TRuleForm = z.output<typeof ZRuleForm>;
export type RuleFormField = keyof z.input<typeof ZRuleForm>;
export const RULE_LIST_FIELDS = ["categoryIds", "locationIds", "impact", "urgency", "requesterRoles"] as const;

/** The conditions part of a form, with empty lists dropped (an empty list would match nothing). */
export function conditionsFromForm(form: TRuleForm): TRuleCondition {
  const conditions: TRuleCondition = {
    categoryIds: optionalList(form.categoryIds),
    locationIds: optionalList(form.locationIds),
    summaryWords: optionalList(form.summaryWords),
    impact: optionalList(form.impact),
    urgency: optionalList(form.urgency),
    timeOfDay: form.timeFrom ? { from: form.timeFrom, to: form.timeTo } : undefined,
    requesterRoles: optionalList(form.requesterRoles),
  };
  return Object.fromEntries(Object.entries(conditions).filter(([, value]) => value !== undefined)) as TRuleCondition;
}

export const ZRuleRef = z.object({ ruleId: z.uuid("That rule does not exist."), version: z.coerce.number().int().min(1) });
export type TRuleRef = z.output<typeof ZRuleRef>;
export const ZMoveRule = z.object({ ruleId: z.uuid("That rule does not exist."), direction: z.enum(["up", "down"]) });
export type TMoveRule = z.output<typeof ZMoveRule>;

export const ZPreview = z.object({
  categoryId: z.uuid("Choose a category."),
  locationId: z.uuid("Choose a place."),
  impact: z.enum(IMPACTS, "Choose how many people are affected."),
  urgency: z.enum(URGENCIES, "Choose how patient care is affected."),
  patientSafety: z.preprocess((answer) => answer || "no", z.enum(["yes", "no"])).transform((answer) => answer === "yes"),
  requesterRole: z.enum(ROLES, "Choose who reports it."),
  summary: z.string().trim().min(1, "Type a summary to test against.").max(140).regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
});
export type TPreview = z.output<typeof ZPreview>;

type Fields<K extends string> = Partial<Record<K, string[]>>;
export type FormValues = Record<string, string | string[]>;
export type RuleFormState = { status: "idle" | "error" | "saved"; message?: string; fields?: Fields<RuleFormField>; values?: FormValues };
export type MatrixFormState = { status: "idle" | "error" | "saved"; message?: string; values?: FormValues };
export type PreviewState = {
  status: "idle" | "error" | "done";
  message?: string;
  fields?: Fields<keyof z.input<typeof ZPreview>>;
  values?: FormValues;
  decision?: { priority: string; mode: string; team: string | null; assignee: string | null; tags: string[]; explanation: string };
};

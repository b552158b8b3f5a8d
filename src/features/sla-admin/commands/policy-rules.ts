import type { BusinessCalendar } from "@/domain/sla/calendar";
import { loadCalendars } from "@/features/sla/load";
import { AppError } from "@/server/errors";
import type { Tx } from "@/server/prisma-client";
import type { TPolicyForm } from "../schemas";
import { targetToMinutes } from "../targets";

export type PolicyData = {
  name: string;
  priority: TPolicyForm["priority"];
  categoryId: string | null;
  teamId: string | null;
  responseMinutes: number;
  responseCalendarId: string;
  resolutionMinutes: number;
  resolutionCalendarId: string;
  active: boolean;
};

type Fields = Record<string, string[]>;

function targetMinutes(fields: Fields, calendar: BusinessCalendar | undefined, prefix: "response" | "resolution", form: TPolicyForm): number {
  if (!calendar) {
    fields[`${prefix}CalendarId`] = ["That calendar no longer exists. Choose another."];
    return 0;
  }
  const result = targetToMinutes(form[`${prefix}Amount`], form[`${prefix}Unit`], calendar);
  if ("error" in result) fields[`${prefix}Amount`] = [result.error];
  return "minutes" in result ? result.minutes : 0;
}

async function checkScope(tx: Tx, fields: Fields, form: TPolicyForm): Promise<void> {
  const [category, team] = await Promise.all([
    form.categoryId ? tx.category.findUnique({ where: { id: form.categoryId }, select: { id: true } }) : null,
    form.teamId ? tx.team.findUnique({ where: { id: form.teamId }, select: { id: true } }) : null,
  ]);
  if (form.categoryId && !category) fields.categoryId = ["That category no longer exists. Choose another."];
  if (form.teamId && !team) fields.teamId = ["That team no longer exists. Choose another."];
}

/**
 * Two active policies for one priority and scope would leave the choice between them to row order, so the second is
 * refused. The check and the write are serialised by a transaction-scoped lock: two managers saving the same scope at
 * once would otherwise both pass the check.
 */
async function checkNoTwin(tx: Tx, fields: Fields, data: PolicyData, selfId: string | undefined): Promise<void> {
  if (!data.active) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('warddesk.sla_policy_scope'))`;
  const twin = await tx.slaPolicy.findFirst({
    where: { priority: data.priority, categoryId: data.categoryId, teamId: data.teamId, active: true, ...(selfId && { id: { not: selfId } }) },
    select: { name: true },
  });
  if (twin) fields.priority = [`“${twin.name}” already sets the targets for this priority, category and team. Edit that policy, or switch one of them off.`];
}

/** The form turned into stored minutes, or every field problem at once as an INVALID error. */
export async function policyData(tx: Tx, form: TPolicyForm, selfId?: string): Promise<PolicyData> {
  const fields: Fields = {};
  const calendars = await loadCalendars(tx, [form.responseCalendarId, form.resolutionCalendarId]);
  await checkScope(tx, fields, form);
  const data: PolicyData = {
    name: form.name,
    priority: form.priority,
    categoryId: form.categoryId ?? null,
    teamId: form.teamId ?? null,
    responseMinutes: targetMinutes(fields, calendars.get(form.responseCalendarId), "response", form),
    responseCalendarId: form.responseCalendarId,
    resolutionMinutes: targetMinutes(fields, calendars.get(form.resolutionCalendarId), "resolution", form),
    resolutionCalendarId: form.resolutionCalendarId,
    active: form.active,
  };
  // On different calendars the two cannot be compared (4 h around the clock may end after 2 desk days or before).
  const comparable = data.responseCalendarId === data.resolutionCalendarId && data.responseMinutes > 0 && data.resolutionMinutes > 0;
  if (comparable && data.resolutionMinutes < data.responseMinutes) fields.resolutionAmount = ["The fix cannot be due before the first response. Give it at least as long."];
  await checkNoTwin(tx, fields, data, selfId);
  if (Object.keys(fields).length > 0) throw new AppError("INVALID", "The policy was not saved. Check the fields below.", fields);
  return data;
}

export function policyAuditDetails(data: PolicyData) {
  return {
    priority: data.priority,
    categoryId: data.categoryId,
    teamId: data.teamId,
    responseMinutes: data.responseMinutes,
    responseCalendarId: data.responseCalendarId,
    resolutionMinutes: data.resolutionMinutes,
    resolutionCalendarId: data.resolutionCalendarId,
    active: data.active,
  };
}

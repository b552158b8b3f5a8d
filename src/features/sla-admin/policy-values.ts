import type { FormValues } from "./schemas";
import type { PolicyEditor } from "./queries";
import { naturalTarget } from "./targets";

/** A stored policy as the form's fields, each target in the unit a manager would have typed; a new one starts empty. */
export function policyFormValues({ policy, calendars }: Pick<PolicyEditor, "policy" | "calendars">): FormValues {
  const first = calendars[0]?.id ?? "";
  if (!policy) return { name: "", priority: "P3", categoryId: "", teamId: "", responseUnit: "hours", responseCalendarId: first, resolutionUnit: "days", resolutionCalendarId: first, active: "on" };
  const target = (minutes: number, calendarId: string) => {
    const calendar = calendars.find((c) => c.id === calendarId)?.calendar ?? { kind: "ALWAYS" as const };
    const { amount, unit } = naturalTarget(minutes, calendar);
    return { amount: String(amount), unit };
  };
  const response = target(policy.responseMinutes, policy.responseCalendarId);
  const resolution = target(policy.resolutionMinutes, policy.resolutionCalendarId);
  return {
    name: policy.name,
    priority: policy.priority,
    categoryId: policy.category?.id ?? "",
    teamId: policy.team?.id ?? "",
    responseAmount: response.amount,
    responseUnit: response.unit,
    responseCalendarId: policy.responseCalendarId,
    resolutionAmount: resolution.amount,
    resolutionUnit: resolution.unit,
    resolutionCalendarId: policy.resolutionCalendarId,
    active: policy.active ? "on" : "",
  };
}

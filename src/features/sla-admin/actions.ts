"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActionActor } from "@/server/auth";
import { AppError } from "@/server/errors";
import { hoursFromForm } from "./calendar-hours";
import { addSlaHoliday } from "./commands/add-sla-holiday";
import { createSlaCalendar } from "./commands/create-sla-calendar";
import { createSlaPolicy } from "./commands/create-sla-policy";
import { removeSlaHoliday } from "./commands/remove-sla-holiday";
import { updateSlaCalendar } from "./commands/update-sla-calendar";
import { updateSlaPolicy } from "./commands/update-sla-policy";
import { updateSlaSettings } from "./commands/update-sla-settings";
import { ZCalendarForm, ZHolidayForm, ZPolicyForm, ZRef, ZRemoveHoliday, ZSettingsForm, type FormState, type FormValues } from "./schemas";

const PAGE = "/admin/sla";
const actor = (returnTo = PAGE) => requireActionActor("sla:configure", returnTo);

/** The form's values as typed, so a refused form comes back filled in. */
function valuesOf(form: FormData, lists: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue; // React's own action fields
    values[key] = lists.includes(key) ? form.getAll(key).map(String) : String(form.get(key) ?? "");
  }
  for (const key of lists) values[key] ??= [];
  return values;
}

const text = (values: FormValues) => values as Record<string, string | undefined>;

/** Expected failures (a field, a stale version, a row gone) as words beside what was typed; anything else is a bug. */
function refused(error: unknown, values: FormValues): FormState {
  if (!(error instanceof AppError) || !["INVALID", "CONFLICT", "NOT_FOUND"].includes(error.code)) throw error;
  return { status: "error", message: error.message, fields: error.fields, values };
}

/** A ref from our own hidden fields; absent means a new record. */
function refOf(values: FormValues): z.ZodSafeParseResult<z.output<typeof ZRef>> | null {
  return values.id ? ZRef.safeParse({ id: values.id, version: values.version }) : null;
}

export async function savePolicyAction(_previous: FormState, form: FormData): Promise<FormState> {
  const who = await actor();
  const values = valuesOf(form);
  const input = ZPolicyForm.safeParse(values);
  if (!input.success) return { status: "error", message: "The policy was not saved. Check the fields below.", fields: z.flattenError(input.error).fieldErrors, values };
  const ref = refOf(values);
  if (ref && !ref.success) return { status: "error", message: "That policy no longer exists. Go back to the list.", values };
  try {
    if (ref?.success) await updateSlaPolicy({ actor: who, ref: ref.data, input: input.data, now: new Date() });
    else await createSlaPolicy({ actor: who, input: input.data, now: new Date() });
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(PAGE);
  redirect(`${PAGE}?saved=policy`);
}

export async function saveCalendarAction(_previous: FormState, form: FormData): Promise<FormState> {
  const who = await actor();
  const values = valuesOf(form);
  const base = ZCalendarForm.safeParse(values);
  const hours = hoursFromForm(text(values));
  // Hours only matter for a desk-hours calendar; an around-the-clock one ignores whatever the day boxes say.
  const hourFields = base.success && base.data.kind === "ALWAYS" ? {} : hours.fields;
  const fields = { ...(base.success ? {} : z.flattenError(base.error).fieldErrors), ...hourFields };
  if (!base.success || Object.keys(fields).length > 0) return { status: "error", message: "The calendar was not saved. Check the fields below.", fields, values };
  const ref = refOf(values);
  if (ref && !ref.success) return { status: "error", message: "That calendar no longer exists. Go back to the list.", values };
  const input = { ...base.data, hours: hours.hours };
  let id = ref?.data?.id;
  try {
    if (ref?.success) await updateSlaCalendar({ actor: who, ref: ref.data, input, now: new Date() });
    else id = (await createSlaCalendar({ actor: who, input, now: new Date() })).id;
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(PAGE);
  redirect(`${PAGE}/calendars/${id}?saved=1`);
}

export async function addHolidayAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form);
  const who = await actor(`${PAGE}/calendars/${String(values.calendarId ?? "")}`);
  const input = ZHolidayForm.safeParse(values);
  if (!input.success) return { status: "error", message: "The holiday was not added. Check the fields below.", fields: z.flattenError(input.error).fieldErrors, values };
  try {
    await addSlaHoliday({ actor: who, input: input.data, now: new Date() });
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`${PAGE}/calendars/${input.data.calendarId}`);
  return { status: "saved", message: `Holiday added: ${input.data.name}, ${input.data.date}.` };
}

// The id comes from our own hidden field: a bad one means a tampered form and there is nothing to remove.
export async function removeHolidayAction(form: FormData): Promise<void> {
  const who = await actor();
  const input = ZRemoveHoliday.safeParse({ holidayId: form.get("holidayId") });
  if (!input.success) return;
  await removeSlaHoliday({ actor: who, input: input.data, now: new Date() });
  revalidatePath(`${PAGE}/calendars/${String(form.get("calendarId") ?? "")}`);
}

export async function saveSettingsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const who = await actor();
  const values = valuesOf(form, ["pauseStatuses"]);
  const input = ZSettingsForm.safeParse(values);
  if (!input.success) return { status: "error", message: "Choose from the listed statuses.", fields: z.flattenError(input.error).fieldErrors, values };
  try {
    await updateSlaSettings({ actor: who, input: input.data, now: new Date() });
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(PAGE);
  return { status: "saved", message: "Saved. The change applies from each ticket’s next status change." };
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { env } from "@/env";
import { requireActionActor } from "@/server/auth";
import { AppError } from "@/server/errors";
import { addOnCall } from "./commands/add-on-call";
import { addShift } from "./commands/add-shift";
import { deleteOnCall } from "./commands/delete-on-call";
import { deleteShift } from "./commands/delete-shift";
import { onCallSchema, ZAddShift, ZDeleteRotaEntry, type OnCallField, type RotaFormState, type ShiftField } from "./schemas";

const PAGE = "/admin/shifts";
const SHIFT_FIELDS: readonly ShiftField[] = ["teamId", "userId", "weekday", "start", "end"];
const ON_CALL_FIELDS: readonly OnCallField[] = ["teamId", "userId", "from", "to"];

const read = <F extends string>(form: FormData, fields: readonly F[]) =>
  Object.fromEntries(fields.map((field) => [field, String(form.get(field) ?? "")])) as Record<F, string>;

/** Runs a rota command, turning a bad field (zod or a not-a-member AppError) into errors beside the user's input. */
async function save<F extends string, T>(values: Record<F, string>, parsed: z.ZodSafeParseResult<T>, run: (data: T) => Promise<unknown>, what: string): Promise<RotaFormState<F>> {
  const failed = (fields: Partial<Record<F, string[]>>): RotaFormState<F> => ({ status: "error", message: `The ${what} was not added. Check the fields below.`, fields, values });
  if (!parsed.success) return failed(z.flattenError(parsed.error).fieldErrors as unknown as Partial<Record<F, string[]>>);
  try {
    await run(parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID" && error.fields) return failed(error.fields as Partial<Record<F, string[]>>);
    throw error;
  }
  revalidatePath(PAGE);
  return { status: "saved", message: `The ${what} was added.` };
}

export async function addShiftAction(_previous: RotaFormState<ShiftField>, form: FormData): Promise<RotaFormState<ShiftField>> {
  const actor = await requireActionActor("directory:manage", PAGE);
  const values = read(form, SHIFT_FIELDS);
  return save(values, ZAddShift.safeParse(values), (input) => addShift({ actor, input, now: new Date() }), "shift");
}

export async function addOnCallAction(_previous: RotaFormState<OnCallField>, form: FormData): Promise<RotaFormState<OnCallField>> {
  const actor = await requireActionActor("directory:manage", PAGE);
  const values = read(form, ON_CALL_FIELDS);
  return save(values, onCallSchema(env().HOSPITAL_TIME_ZONE).safeParse(values), (input) => addOnCall({ actor, input, now: new Date() }), "on-call period");
}

// The ids come from our own hidden fields; a bad one means a tampered form and there is nothing to remove.
export async function deleteShiftAction(form: FormData): Promise<void> {
  const actor = await requireActionActor("directory:manage", PAGE);
  const input = ZDeleteRotaEntry.safeParse({ id: form.get("id") });
  if (!input.success) return;
  await deleteShift({ actor, input: input.data, now: new Date() });
  revalidatePath(PAGE);
}

export async function deleteOnCallAction(form: FormData): Promise<void> {
  const actor = await requireActionActor("directory:manage", PAGE);
  const input = ZDeleteRotaEntry.safeParse({ id: form.get("id") });
  if (!input.success) return;
  await deleteOnCall({ actor, input: input.data, now: new Date() });
  revalidatePath(PAGE);
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActionActor } from "@/server/auth";
import { AppError } from "@/server/errors";
import { addRoom } from "./commands/add-room";
import { updateCategory } from "./commands/update-category";
import { addTeamMember, removeTeamMember, setTeamLead } from "./commands/team-members";
import { updateLocation } from "./commands/update-location";
import {
  ZAddMember, ZAddRoom, ZCategoryForm, ZLocationForm, ZTeamMember,
  type AddMemberState, type AddRoomState, type CategoryFormState, type FormValues, type LocationFormState,
} from "./schemas";

const CATEGORIES = "/admin/categories";

/** The form's values as typed, so a refused form comes back filled in. */
function valuesOf(form: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(form.keys())) if (!key.startsWith("$")) values[key] = String(form.get(key) ?? "");
  return values;
}

export async function saveCategoryAction(_previous: CategoryFormState, form: FormData): Promise<CategoryFormState> {
  const who = await requireActionActor("directory:manage", CATEGORIES);
  const values = valuesOf(form);
  const input = ZCategoryForm.safeParse(values);
  if (!input.success) {
    return { status: "error", message: "The category was not saved. Check the fields below.", fields: z.flattenError(input.error).fieldErrors, values };
  }
  try {
    await updateCategory({ actor: who, input: input.data, now: new Date() });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: "error", message: error.message, fields: error.fields, values };
  }
  revalidatePath(CATEGORIES);
  redirect(`${CATEGORIES}?saved=${input.data.categoryId}`);
}

const LOCATIONS = "/admin/locations";

export async function saveLocationAction(_previous: LocationFormState, form: FormData): Promise<LocationFormState> {
  const who = await requireActionActor("directory:manage", LOCATIONS);
  const values = valuesOf(form);
  const input = ZLocationForm.safeParse(values);
  if (!input.success) return { status: "error", message: "The place was not saved. Check the fields below.", fields: z.flattenError(input.error).fieldErrors, values };
  try {
    await updateLocation({ actor: who, input: input.data, now: new Date() });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: "error", message: error.message, fields: error.fields, values };
  }
  revalidatePath(LOCATIONS);
  redirect(`${LOCATIONS}?edit=${input.data.locationId}&saved=1#edit`);
}

export async function addRoomAction(_previous: AddRoomState, form: FormData): Promise<AddRoomState> {
  const who = await requireActionActor("directory:manage", LOCATIONS);
  const values = valuesOf(form);
  const input = ZAddRoom.safeParse(values);
  if (!input.success) return { status: "error", message: "The room was not added. Check the name.", fields: z.flattenError(input.error).fieldErrors, values };
  try {
    await addRoom({ actor: who, input: input.data, now: new Date() });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: "error", message: error.message, fields: error.fields, values };
  }
  revalidatePath(LOCATIONS);
  return { status: "saved", message: `Added “${input.data.name}”.`, values: { unitId: input.data.unitId } };
}

const TEAMS = "/admin/teams";

export async function addMemberAction(_previous: AddMemberState, form: FormData): Promise<AddMemberState> {
  const who = await requireActionActor("directory:manage", TEAMS);
  const values = valuesOf(form);
  const input = ZAddMember.safeParse(values);
  if (!input.success) return { status: "error", message: "The person was not added.", fields: z.flattenError(input.error).fieldErrors, values };
  try {
    await addTeamMember({ actor: who, input: input.data, now: new Date() });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: "error", message: error.message, fields: error.fields, values };
  }
  revalidatePath(TEAMS);
  return { status: "saved", message: "Added to the team.", values: { teamId: input.data.teamId } };
}

// Buttons in the member list have no form state to report into: ids come from our own hidden fields, and a
// member someone else already removed simply disappears when the page reloads.
export async function removeMemberAction(form: FormData): Promise<void> {
  const who = await requireActionActor("directory:manage", TEAMS);
  const input = ZTeamMember.safeParse({ teamId: form.get("teamId"), userId: form.get("userId") });
  if (input.success) await removeTeamMember({ actor: who, input: input.data, now: new Date() });
  revalidatePath(TEAMS);
}

export async function setLeadAction(form: FormData): Promise<void> {
  const who = await requireActionActor("directory:manage", TEAMS);
  const input = ZTeamMember.safeParse({ teamId: form.get("teamId"), userId: form.get("userId") });
  if (input.success) await setTeamLead({ actor: who, input: { ...input.data, isLead: form.get("isLead") === "true" }, now: new Date() });
  revalidatePath(TEAMS);
}

import { z } from "zod";
import { PLAIN_TEXT, PLAIN_TEXT_MESSAGE } from "@/lib/plain-text";

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
// An unticked checkbox sends nothing at all: absent means "no".
const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());

/** A category as the admin form sends it: plain words, a team from the list (or none), a mode. */
export const ZCategoryForm = z.object({
  categoryId: z.uuid("That category does not exist."),
  name: z.string().trim().min(3, "Name the category (at least 3 characters).").max(80, "Keep the name under 80 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  description: z.string().trim().max(400, "Keep the description under 400 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  keywords: z.string().trim().max(400, "Keep the keywords under 400 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  defaultTeamId: z.preprocess(blankToUndefined, z.uuid("Choose a team from the list.").optional()),
  defaultMode: z.enum(["ONSITE", "REMOTE"], "Choose on-site or remote."),
  clinicalCritical: checkbox,
  active: checkbox,
});
export type TCategoryForm = z.output<typeof ZCategoryForm>;
export type CategoryFormField = keyof z.input<typeof ZCategoryForm>;

export type FormValues = Record<string, string>;
export type CategoryFormState = {
  status: "idle" | "error" | "saved";
  message?: string;
  fields?: Partial<Record<CategoryFormField, string[]>>;
  values?: FormValues;
};

/** A location's name and flags; critical care only means something for a unit and is ignored elsewhere. */
export const ZLocationForm = z.object({
  locationId: z.uuid("That place does not exist."),
  name: z.string().trim().min(2, "Name the place (at least 2 characters).").max(80, "Keep the name under 80 characters.").regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE),
  criticalCare: checkbox,
  active: checkbox,
});
export type TLocationForm = z.output<typeof ZLocationForm>;

/** A new room in a unit: its code is made from the unit's code and the name, so only the name is asked. */
export const ZAddRoom = z.object({
  unitId: z.uuid("That unit does not exist."),
  name: z
    .string()
    .trim()
    .min(2, "Name the room (at least 2 characters).")
    .max(80, "Keep the name under 80 characters.")
    .regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE)
    .refine((name) => /[A-Za-z0-9]/.test(name), "Use at least one letter or digit."),
});
export type TAddRoom = z.output<typeof ZAddRoom>;

/** "Room 12b" in unit "RMC-A-4-4W" -> "RMC-A-4-4W-ROOM-12B". */
export function roomCode(unitCode: string, name: string): string {
  const slug = name.toUpperCase().replace(/[^A-Z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return `${unitCode}-${slug}`;
}

type SimpleState<K extends string> = { status: "idle" | "error" | "saved"; message?: string; fields?: Partial<Record<K, string[]>>; values?: FormValues };
export type LocationFormState = SimpleState<keyof z.input<typeof ZLocationForm>>;
export type AddRoomState = SimpleState<keyof z.input<typeof ZAddRoom>>;

/** A person and a team, from our own selects and hidden fields. */
export const ZTeamMember = z.object({
  teamId: z.uuid("That team does not exist."),
  userId: z.uuid("Choose a person from the list."),
});
export type TTeamMember = z.output<typeof ZTeamMember>;
export const ZAddMember = ZTeamMember.extend({ isLead: checkbox });
export type TAddMember = z.output<typeof ZAddMember>;
export type AddMemberState = SimpleState<keyof z.input<typeof ZAddMember>>;

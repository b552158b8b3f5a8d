import { validateOpeningHours } from "@/domain/sla/calendar";
import { AppError } from "@/server/errors";
import type { Tx } from "@/server/prisma-client";
import type { TCalendarInput } from "../schemas";

const invalid = (fields: Record<string, string[]>) => new AppError("INVALID", "The calendar was not saved. Check the fields below.", fields);
export const NAME_TAKEN = () => invalid({ name: ["Another calendar already has this name. Choose another."] });

/** Refuses unusable hours (a clock on a calendar that never opens would never fall due) and a name in use. */
export async function checkCalendar(tx: Tx, input: TCalendarInput, selfId?: string): Promise<TCalendarInput> {
  const hours = input.kind === "ALWAYS" ? [] : input.hours;
  const problem = input.kind === "ALWAYS" ? null : validateOpeningHours(hours);
  if (problem && selfId && hours.length === 0) {
    const inUse = await tx.slaPolicy.count({ where: { active: true, OR: [{ responseCalendarId: selfId }, { resolutionCalendarId: selfId }] } });
    if (inUse > 0) throw invalid({ hours: [`${inUse} active ${inUse === 1 ? "policy counts" : "policies count"} time on this calendar: keep at least one opening time, or choose “around the clock”.`] });
  }
  if (problem) throw invalid({ hours: [`${problem}.`] });
  const twin = await tx.slaCalendar.findFirst({ where: { name: { equals: input.name, mode: "insensitive" }, ...(selfId && { id: { not: selfId } }) }, select: { id: true } });
  if (twin) throw NAME_TAKEN();
  return { ...input, hours };
}

/** A unique name lost to someone saving at the same instant: the same field error as the check above. */
export function nameClash(error: unknown): never {
  throw (error as { code?: string }).code === "P2002" ? NAME_TAKEN() : error;
}

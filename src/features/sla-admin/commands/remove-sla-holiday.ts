import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import type { TRemoveHoliday } from "../schemas";
import { resyncCalendarClocks } from "./resync-calendar-clocks";

type Input = { actor: Actor; input: TRemoveHoliday; now: Date };

/** Removes a holiday; a second press (or another manager first) finds it gone and changes nothing. */
export async function removeSlaHoliday({ actor, input, now }: Input): Promise<{ removed: boolean }> {
  assertCan(actor, "sla:configure");
  return db.$transaction(async (tx) => {
    const holiday = await tx.slaHoliday.findUnique({ where: { id: input.holidayId }, select: { calendarId: true, date: true } });
    if (!holiday) return { removed: false };
    const { count } = await tx.slaHoliday.deleteMany({ where: { id: input.holidayId } });
    if (count === 0) return { removed: false };
    const ticketsMoved = await resyncCalendarClocks(tx, holiday.calendarId, now);
    const date = holiday.date.toISOString().slice(0, 10);
    await writeAudit(tx, { actorId: actor.userId, action: "sla.holiday_removed", entityType: "SlaHoliday", entityId: input.holidayId, details: { calendarId: holiday.calendarId, date, ticketsMoved } }, now);
    return { removed: true };
  });
}

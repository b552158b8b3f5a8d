import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { THolidayForm } from "../schemas";
import { resyncCalendarClocks } from "./resync-calendar-clocks";

type Input = { actor: Actor; input: THolidayForm; now: Date };

const invalid = (message: string) => new AppError("INVALID", "The holiday was not added.", { date: [message] });
const TAKEN = () => invalid("This calendar already has a holiday on that date.");

/** A closed day on a desk-hours calendar; running clocks skip it from now on. */
export async function addSlaHoliday({ actor, input, now }: Input): Promise<{ id: string }> {
  assertCan(actor, "sla:configure");
  return db.$transaction(async (tx) => {
    const calendar = await tx.slaCalendar.findUnique({ where: { id: input.calendarId }, select: { kind: true } });
    if (!calendar) throw new AppError("NOT_FOUND", "That calendar no longer exists.");
    // Around the clock means every day, holidays included: a closed day there would be ignored, so say so.
    if (calendar.kind === "ALWAYS") throw invalid("Around-the-clock calendars count every day, holidays too. Switch it to set hours first.");
    const date = new Date(`${input.date}T00:00:00Z`);
    if (await tx.slaHoliday.findUnique({ where: { calendarId_date: { calendarId: input.calendarId, date } }, select: { id: true } })) throw TAKEN();
    const holiday = await tx.slaHoliday.create({ data: { calendarId: input.calendarId, date, name: input.name }, select: { id: true } }).catch((error: unknown) => {
      throw (error as { code?: string }).code === "P2002" ? TAKEN() : error;
    });
    const ticketsMoved = await resyncCalendarClocks(tx, input.calendarId, now);
    await writeAudit(tx, { actorId: actor.userId, action: "sla.holiday_added", entityType: "SlaHoliday", entityId: holiday.id, details: { calendarId: input.calendarId, date: input.date, ticketsMoved } }, now);
    return holiday;
  });
}

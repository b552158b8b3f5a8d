import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TCalendarInput, TRef } from "../schemas";
import { checkCalendar, nameClash } from "./calendar-rules";
import { resyncCalendarClocks } from "./resync-calendar-clocks";

type Input = { actor: Actor; ref: TRef; input: TCalendarInput; now: Date };

/** New hours, kind or zone apply to running clocks too: their due times are recomputed in the same transaction. */
export async function updateSlaCalendar({ actor, ref, input, now }: Input): Promise<{ ticketsMoved: number }> {
  assertCan(actor, "sla:configure");
  return db.$transaction(async (tx) => {
    const data = await checkCalendar(tx, input, ref.id);
    const updated = await tx.slaCalendar.updateMany({ where: { id: ref.id, version: ref.version }, data: { ...data, version: { increment: 1 } } }).catch(nameClash);
    if (updated.count === 0) {
      const exists = await tx.slaCalendar.count({ where: { id: ref.id } });
      throw exists
        ? new AppError("CONFLICT", "Someone else changed this calendar while you were editing it. What you typed is still below: open the calendar again to see their version, then save yours.")
        : new AppError("NOT_FOUND", "That calendar no longer exists.");
    }
    const ticketsMoved = await resyncCalendarClocks(tx, ref.id, now);
    await writeAudit(tx, { actorId: actor.userId, action: "sla.calendar_updated", entityType: "SlaCalendar", entityId: ref.id, details: { kind: data.kind, openings: data.hours.length, version: ref.version + 1, ticketsMoved } }, now);
    return { ticketsMoved };
  });
}

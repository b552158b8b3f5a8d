import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import type { TCalendarInput } from "../schemas";
import { checkCalendar, nameClash } from "./calendar-rules";

type Input = { actor: Actor; input: TCalendarInput; now: Date };

export async function createSlaCalendar({ actor, input, now }: Input): Promise<{ id: string }> {
  assertCan(actor, "sla:configure");
  return db.$transaction(async (tx) => {
    const data = await checkCalendar(tx, input);
    const calendar = await tx.slaCalendar.create({ data, select: { id: true } }).catch(nameClash);
    await writeAudit(tx, { actorId: actor.userId, action: "sla.calendar_created", entityType: "SlaCalendar", entityId: calendar.id, details: { kind: data.kind, openings: data.hours.length } }, now);
    return calendar;
  });
}

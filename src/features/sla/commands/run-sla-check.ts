import { writeAudit } from "@/server/audit";
import type { Db } from "@/server/prisma-client";
import { readClocks, thresholdKey, unrecordedCrossings, THRESHOLDS } from "../clocks";
import { announceThreshold } from "../escalation";
import { recordSlaEvent, syncSlaClocks } from "../sync";

export type SlaCheckResult = { recorded: string[]; notified: number };

/**
 * The sla-check job: records the thresholds a ticket's running clocks have passed, tells the right people,
 * flags a breach as escalated and schedules the next check.
 *
 * Runs at least once (pg-boss retries, two workers, a crash after commit), so it is idempotent: the ticket row
 * is locked so two runs take turns, and every threshold event has a unique key, so a second run finds it
 * recorded and sends nothing. If the worker was down past several thresholds, all are recorded for the
 * reports but only the latest is announced: a "half the time has gone" after the breach is noise.
 */
export async function runSlaCheck(db: Db, ticketId: string, now: Date): Promise<SlaCheckResult> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM "Ticket" WHERE id = ${ticketId}::uuid FOR UPDATE`;
    if (locked.length === 0) return { recorded: [], notified: 0 };
    const read = await readClocks(tx, ticketId, now);
    if (!read) return { recorded: [], notified: 0 };
    const result: SlaCheckResult = { recorded: [], notified: 0 };
    for (const clock of read.clocks) {
      const crossed = unrecordedCrossings(ticketId, clock, read.eventKeys);
      const inserted: (typeof crossed)[number][] = [];
      for (const kind of crossed) {
        const fraction = THRESHOLDS.find((threshold) => threshold.kind === kind)?.fraction ?? 1;
        const isNew = await recordSlaEvent(tx, {
          ticketId, kind, target: clock.target, at: now, dueAt: clock.state.dueAt,
          elapsedMinutes: Math.round(clock.state.elapsedMs / 60_000),
          dedupeKey: thresholdKey(ticketId, clock.target, kind, clock.targetMinutes),
          data: { fraction, targetMinutes: clock.targetMinutes },
        });
        if (isNew) inserted.push(kind);
      }
      const latest = inserted.at(-1);
      if (!latest) continue;
      result.recorded.push(...inserted.map((kind) => `${clock.target}:${kind}`));
      result.notified += await announceThreshold(tx, read.ticket, clock.target, latest, now);
      if (latest === "BREACHED" || inserted.includes("BREACHED")) {
        await tx.ticket.update({ where: { id: ticketId }, data: { escalatedAt: read.ticket.escalatedAt ?? now, updatedAt: read.ticket.updatedAt }, select: { id: true } });
        await tx.ticketEvent.create({ data: { ticketId, actorId: null, type: "SLA", createdAt: now, data: { kind: "BREACHED", target: clock.target, message: `${clock.target === "RESPONSE" ? "Response" : "Fix"} target missed: escalated to the manager` } }, select: { id: true } });
        await writeAudit(tx, { actorId: null, action: "sla.escalated", entityType: "Ticket", entityId: ticketId, details: { target: clock.target, priority: read.ticket.priority } }, now);
      }
    }
    await syncSlaClocks(tx, ticketId, now);
    return result;
  });
}

import { cancelPendingJobs, enqueueJob, QUEUES } from "@/server/jobs/enqueue";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/prisma-client";
import { nextCheckAt, readClocks, type Clock, type TicketClocks } from "./clocks";

type SlaEventInput = Omit<Prisma.SlaEventCreateManyInput, "id">;

/** Writes an SLA event; false when its dedupeKey was already recorded (a job ran twice). */
export async function recordSlaEvent(tx: Tx, event: SlaEventInput): Promise<boolean> {
  const { count } = await tx.slaEvent.createMany({ data: [event], skipDuplicates: true });
  return count === 1;
}

function dueColumn(clock: Clock | undefined, current: Date | null): Date | null {
  if (!clock) return current;
  if (clock.stopped) return current; // the promise that was kept or broken stays readable
  return clock.state.running ? clock.state.dueAt : null;
}

/**
 * Makes the ticket's stored SLA columns and its pending check job agree with its SLA events: the due instants
 * of running clocks, since when it is paused, and one job at the next threshold. Call it in the transaction of
 * every change that moves a clock, after writing that change's SLA events.
 */
export async function syncSlaClocks(tx: Tx, ticketId: string, now: Date): Promise<TicketClocks | null> {
  const read = await readClocks(tx, ticketId, now);
  if (!read) return null;
  const { ticket, clocks, eventKeys } = read;
  const response = clocks.find((clock) => clock.target === "RESPONSE");
  const resolution = clocks.find((clock) => clock.target === "RESOLUTION");
  const runningDue = clocks.filter((clock) => clock.state.running && !clock.stopped && clock.state.dueAt).map((clock) => clock.state.dueAt!.getTime());
  const paused = clocks.length > 0 && clocks.every((clock) => !clock.state.running) && clocks.some((clock) => !clock.stopped);
  await tx.ticket.update({
    where: { id: ticketId },
    data: {
      responseDueAt: dueColumn(response, ticket.responseDueAt),
      resolutionDueAt: dueColumn(resolution, ticket.resolutionDueAt),
      slaPausedAt: paused ? (ticket.slaPausedAt ?? now) : null,
      slaDueAt: runningDue.length > 0 ? new Date(Math.min(...runningDue)) : null,
      // Bookkeeping, not an edit: "last updated" stays the time a person changed the ticket.
      updatedAt: ticket.updatedAt,
    },
    select: { id: true },
  });
  await cancelPendingJobs(tx, QUEUES.slaCheck, ticketId);
  const next = nextCheckAt(ticketId, clocks, eventKeys, now);
  if (next) await enqueueJob(tx, QUEUES.slaCheck, { ticketId }, { startAfter: next, key: ticketId });
  return read;
}

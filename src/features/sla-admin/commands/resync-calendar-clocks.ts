import { OPEN_STATUSES } from "@/domain/tickets/status";
import { cancelPendingJobs, enqueueJob, QUEUES } from "@/server/jobs/enqueue";
import type { Tx } from "@/server/prisma-client";

/**
 * Calendars are read afresh whenever a clock is computed, so new hours or a holiday already count; the stored
 * due times (what queues sort by) and the check jobs of the open tickets on this calendar are brought in line
 * by a job (src/features/sla/commands/resync-calendar.ts), queued in the same transaction as the change, so
 * saving a calendar stays quick however many tickets run on it. Returns how many tickets it will touch.
 */
export async function resyncCalendarClocks(tx: Tx, calendarId: string, now: Date): Promise<number> {
  const count = await tx.ticket.count({
    where: { status: { in: [...OPEN_STATUSES] }, OR: [{ responseCalendarId: calendarId }, { resolutionCalendarId: calendarId }] },
  });
  // One pending resync per calendar is enough: it reads the calendar as it is when it runs.
  await cancelPendingJobs(tx, QUEUES.slaResync, calendarId);
  if (count > 0) await enqueueJob(tx, QUEUES.slaResync, { calendarId }, { startAfter: now, key: calendarId });
  return count;
}

import { OPEN_STATUSES } from "@/domain/tickets/status";
import { syncSlaClocks } from "@/features/sla/sync";
import type { Tx } from "@/server/prisma-client";

/**
 * Calendars are read afresh whenever a clock is computed, so new hours or a holiday already move running clocks;
 * this brings the stored due times (what the queue sorts by) and the next check job in line at once, rather than
 * at the ticket's next change. Returns how many tickets it touched.
 */
export async function resyncCalendarClocks(tx: Tx, calendarId: string, now: Date): Promise<number> {
  const tickets = await tx.ticket.findMany({
    where: { status: { in: [...OPEN_STATUSES] }, OR: [{ responseCalendarId: calendarId }, { resolutionCalendarId: calendarId }] },
    select: { id: true },
  });
  for (const ticket of tickets) await syncSlaClocks(tx, ticket.id, now);
  return tickets.length;
}

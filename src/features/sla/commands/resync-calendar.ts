import { OPEN_STATUSES } from "@/domain/tickets/status";
import type { Db } from "@/server/prisma-client";
import { syncSlaClocks } from "../sync";

const BATCH = 200;

/**
 * The sla-resync job: after a calendar's hours or holidays change, brings the stored due instants (what queues
 * sort by) and the check jobs of every open ticket on it in line. One short transaction per ticket, with the
 * ticket row locked as every SLA change locks it, so a hospital with thousands of open tickets neither holds
 * one long transaction nor blocks the desk. Re-running it is harmless: it recomputes from the events.
 */
export async function runCalendarResync(db: Db, calendarId: string, now: () => Date = () => new Date()): Promise<number> {
  let after: string | null = null;
  let synced = 0;
  for (;;) {
    const tickets: { id: string }[] = await db.ticket.findMany({
      where: {
        status: { in: [...OPEN_STATUSES] },
        OR: [{ responseCalendarId: calendarId }, { resolutionCalendarId: calendarId }],
        ...(after ? { id: { gt: after } } : {}),
      },
      select: { id: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const ticket of tickets) {
      await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Ticket" WHERE id = ${ticket.id}::uuid FOR UPDATE`;
        await syncSlaClocks(tx, ticket.id, now());
      });
      synced += 1;
    }
    if (tickets.length < BATCH) return synced;
    after = tickets[tickets.length - 1]!.id;
  }
}

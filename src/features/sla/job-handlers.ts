import type { JobHandler } from "@/server/jobs/worker";
import { QUEUES, type QueueName } from "@/server/jobs/queues";
import type { Db } from "@/server/prisma-client";
import { runCalendarResync } from "./commands/resync-calendar";
import { runSlaCheck } from "./commands/run-sla-check";

/** The SLA queues' handlers for the worker. The clock reads the worker's `now`, not the job's schedule. */
export function slaJobHandlers(db: Db, clock: () => Date = () => new Date()): Partial<Record<QueueName, JobHandler>> {
  return {
    [QUEUES.slaCheck]: async (data) => {
      if (typeof data.ticketId !== "string") return;
      await runSlaCheck(db, data.ticketId, clock());
    },
    [QUEUES.slaResync]: async (data) => {
      if (typeof data.calendarId !== "string") return;
      await runCalendarResync(db, data.calendarId, clock);
    },
  };
}

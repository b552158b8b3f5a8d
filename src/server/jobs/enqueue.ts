import PgBoss from "pg-boss";
import type { Tx } from "../prisma-client";
import { JOB_SCHEMA, QUEUES, type QueueName } from "./queues";

// Only used to build pg-boss's INSERT for us; every statement runs on the caller's transaction (options.db),
// so a job exists if and only if the change that needs it committed. It never opens a connection itself.
let sender: PgBoss | null = null;
function jobSender(): PgBoss {
  sender ??= new PgBoss({
    schema: JOB_SCHEMA,
    db: { executeSql: () => Promise.reject(new Error("the job sender has no connection of its own")) },
    supervise: false,
    schedule: false,
    migrate: false,
  });
  return sender;
}

function onTransaction(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // pg-boss hands data as an object for a ::jsonb parameter; the adapter needs it as JSON text.
      const params = values.map((value) => (value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value));
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...params);
      return { rows };
    },
  };
}

/** Adds a job in the caller's transaction. `key` groups a ticket's jobs so a later change can replace them. */
export async function enqueueJob(tx: Tx, name: QueueName, data: object, options: { startAfter: Date; key: string }): Promise<void> {
  await jobSender().send(name, data, { startAfter: options.startAfter, singletonKey: options.key, db: onTransaction(tx) });
}

/**
 * Drops a key's jobs that have not started. A job already running finishes, and re-reads the ticket, so it acts
 * on the new state (or does nothing).
 */
export async function cancelPendingJobs(tx: Tx, name: QueueName, key: string): Promise<void> {
  await tx.$executeRawUnsafe(`DELETE FROM ${JOB_SCHEMA}.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry')`, name, key);
}

export { QUEUES };

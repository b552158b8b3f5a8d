import PgBoss from "pg-boss";
import { JOB_SCHEMA, QUEUES, QUEUE_OPTIONS } from "./queues";

/**
 * Creates or upgrades pg-boss's tables and our queues. Runs with the migrations (scripts/db/migrations.ts), so
 * the web app can add jobs inside its own transactions before any worker has started.
 */
export async function installJobQueues(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, max: 2, supervise: false, schedule: false, migrate: true });
  boss.on("error", () => undefined);
  await boss.start();
  try {
    for (const name of Object.values(QUEUES)) {
      const existing = await boss.getQueue(name);
      if (existing) await boss.updateQueue(name, { name, ...QUEUE_OPTIONS });
      else await boss.createQueue(name, { name, ...QUEUE_OPTIONS });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

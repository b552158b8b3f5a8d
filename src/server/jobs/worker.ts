// The job worker: runs pg-boss handlers and a few periodic tasks in a process of its own (npm run worker;
// npm run dev and npm start launch one beside Next). Web processes only add jobs, inside their transactions.
import PgBoss from "pg-boss";
import { JOB_SCHEMA, type QueueName } from "./queues";

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;
export type PeriodicTask = { name: string; everyMs: number; run: () => Promise<void> };

export type WorkerOptions = {
  connectionString: string;
  handlers: Partial<Record<QueueName, JobHandler>>;
  periodic?: readonly PeriodicTask[];
  /** How often idle workers look for due jobs; the SLA checks are minute-precise, so 1 s is plenty. */
  pollingIntervalSeconds?: number;
  /** Errors are logged by name and code only: a message may quote data. */
  onError?: (where: string, error: unknown) => void;
};

export type RunningWorker = { stop(): Promise<void> };

function errorSummary(error: unknown): string {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return `${String(name ?? "Error")}${typeof code === "string" ? ` (${code})` : ""}`;
}

const defaultOnError = (where: string, error: unknown) => console.error(`[worker] ${where} failed: ${errorSummary(error)}`);

export async function startJobWorker(options: WorkerOptions): Promise<RunningWorker> {
  const onError = options.onError ?? defaultOnError;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: JOB_SCHEMA,
    application_name: "warddesk-worker",
    max: 4,
    // Maintenance (expiring stuck jobs, archiving) runs in every worker; pg-boss takes an advisory lock so two
    // workers never do it twice. Its cron scheduler is not used.
    supervise: true,
    schedule: false,
    migrate: false,
  });
  boss.on("error", (error) => onError("job queue", error));
  await boss.start();
  for (const [queue, handler] of Object.entries(options.handlers)) {
    await boss.work<Record<string, unknown>>(queue, { batchSize: 5, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 }, async (jobs) => {
      // One failing job fails the batch, which pg-boss retries; handlers are idempotent, so a re-run is harmless.
      for (const job of jobs) await handler(job.data);
    });
  }
  const timers = (options.periodic ?? []).map((task) => {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      task.run().catch((error: unknown) => onError(task.name, error)).finally(() => (running = false));
    }, task.everyMs);
    return timer;
  });
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      // Lets running handlers finish (up to 10 s) so a restart does not leave jobs half done.
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

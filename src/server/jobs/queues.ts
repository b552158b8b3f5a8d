// The durable job queues (pg-boss, tables in the "pgboss" schema of the app's own database). Jobs live in
// Postgres so they survive restarts and are shared by every worker; no timers run in web processes.

export const JOB_SCHEMA = "pgboss";

export const QUEUES = {
  /** Re-reads one ticket's SLA clocks when its next threshold (50 %, 75 %, due) is reached. Data: { ticketId }. */
  slaCheck: "sla-check",
  /** Re-syncs every open ticket on a calendar after its hours or holidays changed. Data: { calendarId }. */
  slaResync: "sla-resync",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

// Retries with backoff: a handler that fails (database restarting) runs again; handlers are idempotent.
export const QUEUE_OPTIONS = {
  retryLimit: 10,
  retryDelay: 5,
  retryBackoff: true,
  expireInSeconds: 120,
} as const;

// The SLA check jobs on real pg-boss workers against the test database: a breach is announced once with two
// workers (two app instances) running, a job outlives a stopped worker, and a job that ran but was not
// acknowledged (a crash after commit) runs again without a second notification.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createPrismaClient, type Db } from "@/server/prisma-client";
import { startJobWorker, type RunningWorker } from "@/server/jobs/worker";
import { QUEUES } from "@/server/jobs/queues";
import { createTestHospital } from "../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { slaJobHandlers } from "./job-handlers";
import { runSlaCheck } from "./commands/run-sla-check";

const running: RunningWorker[] = [];
const clients: Db[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((worker) => worker.stop()));
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
});

/** A worker as a separate app instance would run it: its own pool and its own pg-boss. */
async function startWorker(wrap?: (handler: (data: Record<string, unknown>) => Promise<void>) => (data: Record<string, unknown>) => Promise<void>) {
  const client = createPrismaClient(process.env.DATABASE_URL!, 3);
  clients.push(client);
  const handler = slaJobHandlers(client)[QUEUES.slaCheck]!;
  const worker = await startJobWorker({
    connectionString: process.env.DATABASE_URL!,
    handlers: { [QUEUES.slaCheck]: wrap ? wrap(handler) : handler },
    pollingIntervalSeconds: 0.5,
    onError: () => undefined,
  });
  running.push(worker);
  return worker;
}

async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function world() {
  const hospital = await createTestHospital(db);
  const nurse = actorFor(await createUser(db));
  const manager = await createUser(db, { role: "MANAGER" });
  const otherManager = await createUser(db, { role: "MANAGER" });
  const lead = await createUser(db, { role: "ONSITE_TECH" });
  await db.teamMember.createMany({ data: [{ teamId: hospital.onsiteTeam.id, userId: manager.id }, { teamId: hospital.onsiteTeam.id, userId: lead.id, isLead: true }] });
  return { hospital, nurse, manager, otherManager, lead };
}

type World = Awaited<ReturnType<typeof world>>;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
// UNIT + CARE_BLOCKED triages to P1: respond within 15 minutes, around the clock.
const fileP1 = (w: World, at: Date) => fileTestTicket(db, w.nurse, w.hospital, { impact: "UNIT", urgency: "CARE_BLOCKED" }, at);

async function notificationsOf(ticketId: string) {
  return db.notification.findMany({ where: { ticketId, kind: { in: ["SLA_WARNING", "SLA_BREACHED"] } }, select: { userId: true, kind: true } });
}

describe("SLA check jobs", () => {
  it("announces a breach to the team's manager once with two workers running", async () => {
    const w = await world();
    // Filed 16 minutes ago: the 15-minute response target has passed, so each ticket's check is due now.
    const tickets = [];
    for (let i = 0; i < 8; i += 1) tickets.push(await fileP1(w, minutesAgo(16)));
    await Promise.all([startWorker(), startWorker()]);

    await waitFor(async () => (await db.slaEvent.count({ where: { kind: "BREACHED", target: "RESPONSE" } })) === tickets.length);
    // Let any duplicate run (a second worker, a retry) have its chance to misbehave before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const ticket of tickets) {
      // Only the latest threshold is announced when a check catches up: the breach, to the team's manager only.
      expect(await notificationsOf(ticket.id)).toEqual([{ userId: w.manager.id, kind: "SLA_BREACHED" }]);
      const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { escalatedAt: true } });
      expect(row.escalatedAt).not.toBeNull();
      expect(await db.auditLog.count({ where: { action: "sla.escalated", entityId: ticket.id } })).toBe(1);
      const kinds = await db.slaEvent.findMany({ where: { ticketId: ticket.id, target: "RESPONSE", kind: { in: ["WARNED_50", "WARNED_75", "BREACHED"] } }, select: { kind: true } });
      expect(kinds.map((event) => event.kind).sort()).toEqual(["BREACHED", "WARNED_50", "WARNED_75"]);
    }
    expect(await db.emailOutbox.count({ where: { subject: { contains: "target was missed" } } })).toBe(tickets.length);

    // A late duplicate of the job (at-least-once delivery) changes nothing.
    expect(await runSlaCheck(db, tickets[0]!.id, new Date())).toEqual({ recorded: [], notified: 0 });
    expect(await notificationsOf(tickets[0]!.id)).toHaveLength(1);
  });

  it("keeps a job through a worker restart and runs it once when it is due", async () => {
    const w = await world();
    // Half of the 15-minute response target is reached about 3 seconds from now.
    const ticket = await fileP1(w, new Date(Date.now() - 7.5 * 60_000 + 3_000));
    const first = await startWorker();
    await first.stop();
    running.splice(running.indexOf(first), 1);
    expect(await notificationsOf(ticket.id)).toEqual([]);
    const [job] = await db.$queryRaw<{ state: string }[]>`SELECT state::text FROM pgboss.job WHERE singleton_key = ${ticket.id}`;
    expect(job?.state).toBe("created");

    await startWorker();
    await waitFor(async () => (await notificationsOf(ticket.id)).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Nobody has the ticket yet, so the team lead hears that half the time has gone.
    expect(await notificationsOf(ticket.id)).toEqual([{ userId: w.lead.id, kind: "SLA_WARNING" }]);
  });

  it("runs a job again after a crash between commit and acknowledgement, without a second notification", async () => {
    const w = await world();
    const ticket = await fileP1(w, minutesAgo(16));
    let attempts = 0;
    // The handler's transaction commits, then the worker "dies" before telling pg-boss: the job fails and is retried.
    await startWorker((handler) => async (data) => {
      attempts += 1;
      await handler(data);
      if (attempts === 1) throw new Error("worker crashed after commit");
    });
    await waitFor(async () => attempts >= 2, 30_000);
    await waitFor(async () => {
      const [job] = await db.$queryRaw<{ state: string }[]>`SELECT state::text FROM pgboss.job WHERE singleton_key = ${ticket.id} AND state = 'completed'`;
      return job;
    });
    expect(await notificationsOf(ticket.id)).toEqual([{ userId: w.manager.id, kind: "SLA_BREACHED" }]);
  }, 40_000);
});

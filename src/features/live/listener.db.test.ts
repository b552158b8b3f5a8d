import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { createTestHospital, type TestHospital } from "../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { TicketChangeListener, type ListenerSignal } from "./listener";
import { queueScopeFor, ticketScopeFor } from "./queries";
import { liveEventStream } from "./stream";

let listener: TicketChangeListener;
let heard: ListenerSignal[];
let hospital: TestHospital;

beforeEach(async () => {
  hospital = await createTestHospital(db);
  listener = new TicketChangeListener(process.env.DATABASE_URL!);
  heard = [];
});
afterEach(() => listener.close());

async function waitFor<T>(find: () => T | undefined, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function listening() {
  listener.subscribe((signal) => heard.push(signal));
  await waitFor(() => (listener.connected ? true : undefined), "the LISTEN connection");
}

const changesOf = (ticketId: string) => heard.flatMap((signal) => (signal.kind === "change" && signal.change.ticketId === ticketId ? [signal] : []));

async function nurseWithTicket(priority?: "P1") {
  const nurse = actorFor(await createUser(db, { role: "CLINICIAN" }));
  const ticket = await fileTestTicket(db, nurse, hospital, priority ? { patientSafety: "yes" } : {});
  return { nurse, ticket };
}

describe("TicketChangeListener", () => {
  it("hears committed inserts and updates, and nothing of a rolled-back change", async () => {
    await listening();
    const { ticket } = await nurseWithTicket();
    const inserted = await waitFor(() => changesOf(ticket.id).find((signal) => signal.change.op === "INSERT"), "the insert");
    expect(inserted.change).toMatchObject({ ticketId: ticket.id, teamId: hospital.onsiteTeam.id });

    await expect(
      db.$transaction(async (tx) => {
        await tx.ticket.update({ where: { id: ticket.id }, data: { version: 99 } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    const committed = await db.ticket.update({ where: { id: ticket.id }, data: { version: 1000 }, select: { version: true } });
    await waitFor(() => changesOf(ticket.id).find((signal) => signal.change.version === committed.version), "the update");

    expect(changesOf(ticket.id).map((signal) => signal.change.version)).not.toContain(99);
  });

  it("marks a new P1, and a ticket raised to P1, as critical; a P1 that merely changes is not", async () => {
    await listening();
    const { ticket } = await nurseWithTicket();
    await db.ticket.update({ where: { id: ticket.id }, data: { priority: "P3", version: 100 } });
    await db.ticket.update({ where: { id: ticket.id }, data: { priority: "P1", version: 101 } });
    await db.ticket.update({ where: { id: ticket.id }, data: { version: 102 } });
    await waitFor(() => changesOf(ticket.id).find((signal) => signal.change.version === 102), "the updates");
    const byVersion = (version: number) => changesOf(ticket.id).find((signal) => signal.change.version === version)?.critical;
    expect([byVersion(100), byVersion(101), byVersion(102)]).toEqual([false, true, false]);

    const { ticket: urgent } = await nurseWithTicket("P1");
    const filed = await waitFor(() => changesOf(urgent.id).find((signal) => signal.change.op === "INSERT"), "the P1 insert");
    expect(filed).toMatchObject({ critical: true, change: { priority: "P1" } });
  });

  it("after losing its connection, says so, reconnects and asks subscribers to reload", async () => {
    await listening();
    heard.length = 0;
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'warddesk-live' AND datname = current_database()`;
    await waitFor(() => heard.find((signal) => signal.kind === "down"), "the loss");
    const back = await waitFor(() => heard.find((signal) => signal.kind === "up"), "the reconnection");
    expect(back).toEqual({ kind: "up", missedChanges: true });

    const { ticket } = await nurseWithTicket();
    await waitFor(() => changesOf(ticket.id)[0], "a change after reconnecting");
  });
});

describe("live scopes and the event stream", () => {
  it("a ticket stream carries that ticket's changes only, as ids and codes", async () => {
    const { nurse, ticket } = await nurseWithTicket();
    const { ticket: other } = await nurseWithTicket();
    const abort = new AbortController();
    const response = liveEventStream(await ticketScopeFor(nurse, ticket.id), listener, abort.signal);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(text)) text += (await reader.read()).value ?? "";
    };
    await readUntil(/event: ready/);

    await db.ticket.update({ where: { id: other.id }, data: { version: { increment: 1 } } });
    await db.ticket.update({ where: { id: ticket.id }, data: { version: { increment: 1 } } });
    await readUntil(/event: ticket\ndata: .*\n\n/);
    expect(text).not.toContain(other.id);
    const data = JSON.parse(/event: ticket\ndata: (.*)\n/.exec(text)![1]!);
    expect(Object.keys(data).sort()).toEqual(["critical", "op", "priority", "status", "ticketId", "version"]);
    expect(data).toMatchObject({ ticketId: ticket.id, op: "UPDATE", critical: false });

    abort.abort();
    expect(listener.subscriberCount).toBe(0);
    expect((await reader.read()).done).toBe(true);
  });

  it("ends open streams when the listener closes, so a shutting-down server is not held open", async () => {
    const { nurse, ticket } = await nurseWithTicket();
    const response = liveEventStream(await ticketScopeFor(nurse, ticket.id), listener, new AbortController().signal);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    while (!text.includes("event: ready")) text += (await reader.read()).value ?? "";
    await listener.close();
    expect((await reader.read()).done).toBe(true);
  });

  it("a ticket the actor may not see is a 404, and the queue needs the permission", async () => {
    const { ticket } = await nurseWithTicket();
    const stranger = actorFor(await createUser(db, { role: "CLINICIAN" }));
    await expect(ticketScopeFor(stranger, ticket.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ticketScopeFor(stranger, "not-a-uuid")).rejects.toBeInstanceOf(AppError);
    await expect(queueScopeFor(stranger)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a technician's queue scope is their teams; a manager's is every team", async () => {
    const tech = await createUser(db, { role: "ONSITE_TECH" });
    await db.teamMember.create({ data: { teamId: hospital.onsiteTeam.id, userId: tech.id } });
    const scope = await queueScopeFor(actorFor(tech));
    expect(scope).toMatchObject({ kind: "queue", userId: tech.id, everyTeam: false });
    expect(scope.kind === "queue" && [...scope.teamIds]).toEqual([hospital.onsiteTeam.id]);
    const manager = actorFor(await createUser(db, { role: "MANAGER" }));
    expect(await queueScopeFor(manager)).toMatchObject({ everyTeam: true });
  });
});

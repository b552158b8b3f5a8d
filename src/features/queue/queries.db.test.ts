import { describe, expect, it } from "vitest";
import type { Actor } from "@/domain/authz/actor";
import { db } from "@/server/db";
import { QUEUE_PAGE_SIZE, queueList } from "./queries";
import type { TQueueFilters, TQueueTab } from "./schemas";
import { at, queueWorld, T0 } from "./test-world";

const ids = async (actor: Actor, tab: TQueueTab, filters: TQueueFilters = {}, now = T0) => (await queueList(actor, { ...filters, tab }, now)).rows.map((row) => row.id);

describe("queue scope per role", () => {
  it("shows on-site technicians their teams' hands-on work, remote agents their remote work, managers everything", async () => {
    const w = await queueWorld();
    const printer = await w.ticket({ slaDueAt: at(30) });
    const records = await w.remoteTicket({ slaDueAt: at(20) });
    const north = await w.ticket({ teamId: w.otherTeam.id, slaDueAt: at(10) });

    expect(await ids(w.onsite, "team")).toEqual([printer.id]);
    expect(await ids(w.remote, "team")).toEqual([records.id]);
    expect(await ids(w.northTech, "team")).toEqual([north.id]);
    expect(await ids(w.manager, "team")).toEqual([north.id, records.id, printer.id]);
    // "All open" crosses teams but not the kind of work: a remote agent never gets a walk to a printer.
    expect(await ids(w.onsite, "all")).toEqual([north.id, printer.id]);
    expect(await ids(w.remote, "all")).toEqual([records.id]);
  });

  it("refuses people without the queue permission", async () => {
    const w = await queueWorld();
    await expect(queueList(w.nurse, { tab: "all" }, T0)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("queue tabs", () => {
  it("splits mine, unassigned and team, and leaves fixed tickets out of every tab", async () => {
    const w = await queueWorld();
    const mine = await w.ticket({ assigneeId: w.onsite.userId, status: "ASSIGNED", slaDueAt: at(5) });
    const colleagues = await w.ticket({ assigneeId: w.onsite2.userId, status: "IN_PROGRESS", slaDueAt: at(6) });
    const waiting = await w.ticket({ slaDueAt: at(7) });
    await w.ticket({ status: "RESOLVED" });
    await w.ticket({ status: "CLOSED" });

    expect(await ids(w.onsite, "mine")).toEqual([mine.id]);
    expect(await ids(w.onsite, "unassigned")).toEqual([waiting.id]);
    expect(await ids(w.onsite, "team")).toEqual([mine.id, colleagues.id, waiting.id]);
    expect(await ids(w.onsite2, "mine")).toEqual([colleagues.id]);
    expect(await ids(w.northTech, "unassigned")).toEqual([]);
  });
});

describe("queue order", () => {
  it("puts overdue first, then the next due, then tickets without a running clock", async () => {
    const w = await queueWorld();
    const paused = await w.ticket({ slaDueAt: null, slaPausedAt: at(-60) });
    const later = await w.ticket({ slaDueAt: at(120) });
    const overdue = await w.ticket({ slaDueAt: at(-15) });
    const next = await w.ticket({ slaDueAt: at(10) });
    expect(await ids(w.onsite, "unassigned")).toEqual([overdue.id, next.id, later.id, paused.id]);
  });

  it("pages by (slaDueAt, id) without skipping or repeating rows, also across ties and rows with no due time", async () => {
    const w = await queueWorld();
    const total = QUEUE_PAGE_SIZE * 2 + 7;
    const created: string[] = [];
    for (let i = 0; i < total; i++) {
      // A third tie on one instant, a third spread out, a third with no running clock.
      const slaDueAt = i % 3 === 0 ? at(60) : i % 3 === 1 ? at(i) : null;
      created.push((await w.ticket({ slaDueAt })).id);
    }
    const expected = (await db.ticket.findMany({ orderBy: [{ slaDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }], select: { id: true } })).map((row) => row.id);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await queueList(w.onsite, { tab: "team", cursor }, T0);
      seen.push(...page.rows.map((row) => row.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(created.length);
  });
});

describe("queue filters", () => {
  it("filters by priorities, category, place with everything inside it, and status", async () => {
    const w = await queueWorld();
    const { hospital } = w;
    const critical = await w.ticket({ priority: "P1", locationId: hospital.icuRoom.id, slaDueAt: at(1) });
    const urgent = await w.ticket({ priority: "P2", status: "IN_PROGRESS", slaDueAt: at(2) });
    const normal = await w.ticket({ priority: "P3", slaDueAt: at(3) });
    const otherCategory = await db.category.create({ data: { slug: `wow-${critical.number}`, name: "Workstation on wheels", defaultMode: "ONSITE", defaultTeamId: hospital.onsiteTeam.id }, select: { id: true } });
    const wow = await w.ticket({ categoryId: otherCategory.id, locationId: hospital.ward.id, slaDueAt: at(4) });

    expect(await ids(w.onsite, "team", { priority: ["P1", "P2"] })).toEqual([critical.id, urgent.id]);
    expect(await ids(w.onsite, "team", { category: hospital.labelPrinter.id })).toEqual([critical.id, urgent.id, normal.id]);
    expect(await ids(w.onsite, "team", { location: hospital.building.id })).toEqual([critical.id, urgent.id, normal.id, wow.id]);
    expect(await ids(w.onsite, "team", { location: hospital.ward.id })).toEqual([urgent.id, normal.id, wow.id]);
    expect(await ids(w.onsite, "team", { location: hospital.icu.id })).toEqual([critical.id]);
    expect(await ids(w.onsite, "team", { status: "IN_PROGRESS" })).toEqual([urgent.id]);
    expect(await ids(w.onsite, "team", { priority: ["P3"], location: hospital.ward.id })).toEqual([normal.id, wow.id]);
  });

  it("filters by SLA state from the stored columns", async () => {
    const w = await queueWorld();
    const overdue = await w.ticket({ slaDueAt: at(-1), escalatedAt: at(-1) });
    const within30 = await w.ticket({ slaDueAt: at(25), responseTargetMinutes: 240 });
    // 4 h response target, 50 min left: 79 % used, so due soon although more than 30 min remain.
    const mostlyUsed = await w.ticket({ slaDueAt: at(50), responseTargetMinutes: 240 });
    const plenty = await w.ticket({ slaDueAt: at(200), responseTargetMinutes: 240 });
    const paused = await w.ticket({ slaDueAt: null, slaPausedAt: at(-30), status: "WAITING_ON_CLINICIAN" });

    expect(await ids(w.onsite, "team", { sla: "overdue" })).toEqual([overdue.id]);
    expect(await ids(w.onsite, "team", { sla: "soon" })).toEqual([within30.id, mostlyUsed.id]);
    expect(await ids(w.onsite, "team", { sla: "paused" })).toEqual([paused.id]);
    expect(await ids(w.onsite, "team", { sla: "escalated" })).toEqual([overdue.id]);
    expect(await ids(w.onsite, "team")).toContain(plenty.id);
  });
});

describe("queue search", () => {
  it("finds a ticket by its number, written either way, and nothing else", async () => {
    const w = await queueWorld();
    const wanted = await w.ticket({ slaDueAt: at(5) });
    await w.ticket({ slaDueAt: at(1), summary: `Printer ${wanted.number} jammed` });
    const padded = `WD-${String(wanted.number).padStart(6, "0")}`;
    expect(await ids(w.onsite, "team", { q: padded })).toEqual([wanted.id]);
    expect(await ids(w.onsite, "team", { q: String(wanted.number) })).toEqual([wanted.id]);
  });

  it("searches summary and details by words (stemmed), within the person's scope", async () => {
    const w = await queueWorld();
    const blank = await w.ticket({ summary: "Label printer prints blank labels", details: "In the medication room.", slaDueAt: at(1) });
    const jam = await w.ticket({ summary: "Wristband printer jammed", details: "Paper stuck behind the roller.", slaDueAt: at(2) });
    const records = await w.remoteTicket({ summary: "Records slow", details: "The printer queue is stuck too.", slaDueAt: at(3) });

    expect(await ids(w.onsite, "team", { q: "printers" })).toEqual([blank.id, jam.id]);
    expect(await ids(w.onsite, "team", { q: "roller" })).toEqual([jam.id]);
    expect(await ids(w.onsite, "team", { q: "printer -jammed" })).toEqual([blank.id]);
    expect(await ids(w.remote, "team", { q: "printer" })).toEqual([records.id]);
    expect(await ids(w.onsite, "team", { q: "printer", priority: ["P1"] })).toEqual([]);
    // Characters that mean something to SQL or to tsquery are just words here.
    expect(await ids(w.onsite, "team", { q: "'); DROP TABLE \"Ticket\"; --" })).toEqual([]);
  });
});

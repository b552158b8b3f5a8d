import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { createTestHospital } from "../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { decodeCursor, encodeCursor } from "./cursor";
import { apiCategories, apiLocations, apiTicket, apiTickets } from "./queries";
import { ZTicketListQuery, ZTicketResource } from "./schemas";

const t0 = new Date("2026-12-01T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
// updatedAt is stamped by Prisma with the real clock; tests that order or filter by it set it explicitly.
const touch = (id: string, updatedAt: Date) => db.ticket.update({ where: { id }, data: { updatedAt } });
const query = (params: Record<string, string> = {}) => ZTicketListQuery.parse(params);

async function setup() {
  const hospital = await createTestHospital(db);
  const nurse = actorFor(await createUser(db, { role: "CLINICIAN" }));
  const agent = actorFor(await createUser(db, { role: "REMOTE_AGENT" }));
  return { hospital, nurse, agent };
}

describe("cursor", () => {
  it("round-trips (updatedAt, id) through an opaque base64url string", () => {
    const cursor = { updatedAt: new Date("2026-12-01T08:00:00.123Z"), id: "7d0b8a2e-2d7e-4c4e-9a43-0c1e2f3a4b5c" };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it.each(["", "not-a-cursor", Buffer.from('["yesterday","x"]').toString("base64url"), Buffer.from("{}").toString("base64url")])(
    "refuses %j as a 400 on the cursor field",
    (text) => {
      try {
        decodeCursor(text);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ code: "BAD_REQUEST", fields: { cursor: [expect.any(String)] } });
      }
    },
  );
});

describe("ticket resource", () => {
  it("serialises a ticket with its number, names, location path and ISO instants, nothing more", async () => {
    const { hospital, nurse } = await setup();
    const filed = await fileTestTicket(db, nurse, hospital, { patientSafety: "yes" }, t0);
    const resource = await apiTicket(nurse, filed.id);
    expect(ZTicketResource.strict().parse(resource)).toEqual(resource);
    expect(resource).toMatchObject({
      id: filed.id,
      number: `WD-${String(filed.number).padStart(6, "0")}`,
      summary: "Label printer prints blank labels",
      status: "NEW",
      patientSafety: true,
      mode: "ONSITE",
      team: hospital.onsiteTeam,
      category: hospital.labelPrinter,
      location: { id: hospital.wardRoom.id, name: "Room 412", path: "Test Campus › Tower › Floor 4 › 4 West › Room 412" },
      createdAt: t0.toISOString(),
      firstResponseAt: null,
      version: 1,
    });
    expect(resource?.responseDueAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("answers null for a ticket the actor may not see, like an unknown one", async () => {
    const { hospital, nurse } = await setup();
    const other = actorFor(await createUser(db, { role: "CLINICIAN" }));
    const filed = await fileTestTicket(db, nurse, hospital, {}, t0);
    expect(await apiTicket(other, filed.id)).toBeNull();
    expect(await apiTicket(other, "7d0b8a2e-2d7e-4c4e-9a43-0c1e2f3a4b5c")).toBeNull();
  });
});

describe("apiTickets", () => {
  it("pages by cursor, most recently changed first, every ticket exactly once", async () => {
    const { hospital, agent } = await setup();
    const filed = [];
    for (let i = 0; i < 5; i++) {
      filed.push(await fileTestTicket(db, agent, hospital, {}, at(i)));
      await touch(filed[i]!.id, at(i));
    }
    // Two tickets changed in the same millisecond: the id breaks the tie, so none is skipped or repeated.
    await db.ticket.updateMany({ where: { id: { in: [filed[1]!.id, filed[2]!.id] } }, data: { updatedAt: at(10) } });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await apiTickets(agent, query({ limit: "2", ...(cursor && { cursor }) }));
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((ticket) => ticket.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    expect(seen.slice(0, 2).sort()).toEqual([filed[1]!.id, filed[2]!.id].sort());
    expect(seen.slice(2)).toEqual([filed[4]!.id, filed[3]!.id, filed[0]!.id]);
  });

  it("filters by status, priority, category, team, location subtree and updatedSince", async () => {
    const { hospital, agent } = await setup();
    const printer = await fileTestTicket(db, agent, hospital, {}, at(0));
    const ehr = await fileTestTicket(db, agent, hospital, { categoryId: hospital.ehrDown.id, locationId: hospital.icuRoom.id, urgency: "CARE_BLOCKED" }, at(1));
    await touch(ehr.id, at(1));
    await db.ticket.update({ where: { id: printer.id }, data: { status: "IN_PROGRESS", updatedAt: at(5) } });
    const ids = async (params: Record<string, string>) => (await apiTickets(agent, query(params))).data.map((ticket) => ticket.id);
    expect(await ids({ status: "IN_PROGRESS,RESOLVED" })).toEqual([printer.id]);
    expect(await ids({ status: "NEW" })).toEqual([ehr.id]);
    const ehrPriority = (await apiTicket(agent, ehr.id))!.priority;
    expect(await ids({ priority: ehrPriority })).toContain(ehr.id);
    expect(await ids({ categoryId: hospital.labelPrinter.id })).toEqual([printer.id]);
    expect(await ids({ teamId: hospital.appsTeam.id })).toEqual([ehr.id]);
    expect(await ids({ locationId: hospital.icu.id })).toEqual([ehr.id]);
    expect(await ids({ locationId: hospital.campus.id })).toEqual([printer.id, ehr.id]);
    expect(await ids({ updatedSince: at(3).toISOString() })).toEqual([printer.id]);
  });

  it("shows a clinician only their own tickets", async () => {
    const { hospital, nurse, agent } = await setup();
    const mine = await fileTestTicket(db, nurse, hospital, {}, at(0));
    await fileTestTicket(db, agent, hospital, {}, at(1));
    expect((await apiTickets(nurse, query())).data.map((ticket) => ticket.id)).toEqual([mine.id]);
    expect((await apiTickets(agent, query())).data).toHaveLength(2);
  });

  it("rejects bad filters with messages per parameter", () => {
    const result = ZTicketListQuery.safeParse({ status: "NEW,DONE", limit: "500", updatedSince: "yesterday", categoryId: "7" });
    expect(result.success).toBe(false);
    const fields = Object.keys(result.error!.flatten().fieldErrors).sort();
    expect(fields).toEqual(["categoryId", "limit", "status", "updatedSince"]);
  });
});

describe("directory", () => {
  it("lists active categories and locations, parents before children", async () => {
    const { hospital, nurse } = await setup();
    await db.category.update({ where: { id: hospital.ehrSlow.id }, data: { active: false } });
    const categories = await apiCategories(nurse);
    expect(categories.map((category) => category.name).sort()).toEqual(["Label printer", "Patient records are down"]);
    expect(categories.find((category) => category.id === hospital.labelPrinter.id)).toEqual({ id: hospital.labelPrinter.id, name: "Label printer", description: "", parentId: null, mode: "ONSITE" });
    const locations = await apiLocations(nurse);
    const index = (id: string) => locations.findIndex((location) => location.id === id);
    expect(locations).toHaveLength(7);
    expect(index(hospital.campus.id)).toBeLessThan(index(hospital.ward.id));
    expect(index(hospital.ward.id)).toBeLessThan(index(hospital.wardRoom.id));
    expect(locations[index(hospital.wardRoom.id)]).toMatchObject({ kind: "ROOM", parentId: hospital.ward.id, criticalCare: false });
  });
});

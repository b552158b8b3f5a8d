import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { formatTicketNumber } from "@/lib/ticket-number";
import { fileTestTicket } from "../../../tests/factories/tickets";
import { joinTicket } from "./commands/join-ticket";
import { intakeFormData, similarOpenTickets } from "./queries";
import { intakeWorld, type IntakeWorld } from "./test-world";

const now = new Date("2026-12-01T03:10:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
let world: IntakeWorld;

beforeEach(async () => {
  world = await intakeWorld();
});

const fileAt = (at: Date, overrides: Parameters<typeof fileTestTicket>[3] = {}) => fileTestTicket(db, world.nurse, world.hospital, overrides, at);
const offeredTo = (actor = world.colleague, locationId = world.hospital.ward.id) =>
  similarOpenTickets(actor, { categoryId: world.hospital.labelPrinter.id, locationId, now });

describe("similarOpenTickets", () => {
  it("offers open tickets of the same category in the same building from the last 12 hours, newest first", async () => {
    const older = await fileAt(hoursAgo(11), { summary: "Label printer jams on every label" });
    const newer = await fileAt(hoursAgo(1), { locationId: world.hospital.icuRoom.id, summary: "ICU label printer prints blank" });
    await fileAt(hoursAgo(13)); // too old
    await fileAt(hoursAgo(2), { categoryId: world.hospital.ehrSlow.id }); // another category
    await fileAt(hoursAgo(2), { locationId: world.annexUnit.id }); // another building, one unit
    const closed = await fileAt(hoursAgo(2));
    await db.ticket.update({ where: { id: closed.id }, data: { status: "CLOSED" } });

    const offered = await offeredTo();
    expect(offered.map((ticket) => ticket.id)).toEqual([newer.id, older.id]);
    expect(offered[0]).toEqual({
      id: newer.id,
      number: formatTicketNumber(newer.number),
      summary: "ICU label printer prints blank",
      location: "Test Campus › Tower › Floor 4 › ICU › Room 301",
      statusWords: "Received",
      peopleAffected: 1,
      following: false,
    });
  });

  it("offers a ticket affecting several units from any building, but not to the annex for a one-unit ward ticket", async () => {
    const wide = await fileAt(hoursAgo(1), { locationId: world.annexUnit.id, impact: "MULTIPLE_UNITS" });
    const ward = await fileAt(hoursAgo(2));
    expect((await offeredTo()).map((ticket) => ticket.id)).toEqual([wide.id, ward.id]);
    expect((await offeredTo(world.colleague, world.annexUnit.id)).map((ticket) => ticket.id)).toEqual([wide.id]);
  });

  it("shows at most five, counts the people affected and marks the ones already followed", async () => {
    const tickets = [];
    for (let hour = 7; hour >= 1; hour--) tickets.push(await fileAt(hoursAgo(hour)));
    const newest = tickets.at(-1)!;
    await joinTicket({ actor: world.colleague, ticketId: newest.id, categoryId: world.hospital.labelPrinter.id, now });
    const offered = await offeredTo();
    expect(offered).toHaveLength(5);
    expect(offered[0]).toMatchObject({ id: newest.id, peopleAffected: 2, following: true });
    expect(offered[1]).toMatchObject({ peopleAffected: 1, following: false });
    expect((await offeredTo(world.nurse)).every((ticket) => ticket.following)).toBe(true);
  });
});

describe("intakeFormData", () => {
  it("defaults to the user's home unit and phone, and to a registered asset's place and category", async () => {
    const plain = await intakeFormData(world.nurse, {});
    expect(plain.defaults).toEqual({ categoryId: "", locationId: world.hospital.ward.id, callbackNumber: "ext. 4412", assetTag: "" });
    expect(plain.asset).toBeNull();
    expect(plain.canFileOnBehalf).toBe(false);

    await db.asset.create({ data: { tag: "PRN-ICU-01", name: "ICU label printer", locationId: world.hospital.icuRoom.id, categoryId: world.hospital.labelPrinter.id } });
    const fromAsset = await intakeFormData(world.nurse, { assetTag: "prn-icu-01" });
    expect(fromAsset.defaults).toMatchObject({ categoryId: world.hospital.labelPrinter.id, locationId: world.hospital.icuRoom.id, assetTag: "PRN-ICU-01" });
    expect(fromAsset.asset).toEqual({ tag: "PRN-ICU-01", name: "ICU label printer", path: "Test Campus › Tower › Floor 4 › ICU › Room 301" });

    const unknown = await intakeFormData(world.nurse, { assetTag: "NOT-REGISTERED" });
    expect(unknown.asset).toBeNull();
    expect(unknown.defaults).toMatchObject({ assetTag: "NOT-REGISTERED", locationId: world.hospital.ward.id });
  });
});

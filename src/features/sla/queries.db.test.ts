// The staff SLA panel read exactly from the clocks: desk-hours targets, the instant a clock turns amber (not the
// wall-time approximation lists use), a pause with its reason, and who may read it at all.
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { changeTicketStatus } from "@/features/work/commands/change-status";
import { createTestHospital } from "../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";
import { badgeWords } from "./components/badge-words";
import { slaPanelFor } from "./queries";

const iso = (text: string) => new Date(text);

async function world() {
  const hospital = await createTestHospital(db);
  const nurse = actorFor(await createUser(db));
  const techUser = await createUser(db, { role: "ONSITE_TECH" });
  await db.teamMember.create({ data: { teamId: hospital.onsiteTeam.id, userId: techUser.id } });
  // Friday 2026-10-30 17:00 EDT; UNIT + NO_CARE_IMPACT is P3: respond in 4 desk hours, fix in 36.
  const ticket = await fileTestTicket(db, nurse, hospital, { impact: "UNIT", urgency: "NO_CARE_IMPACT" }, iso("2026-10-30T21:00:00Z"));
  return { nurse, tech: actorFor(techUser), ticket };
}

describe("slaPanelFor", () => {
  it("gives the policy in words and each clock's due time and amber point in desk hours", async () => {
    const { tech, ticket } = await world();
    const now = iso("2026-11-02T12:30:00Z"); // Monday 07:30 EST: 2.5 of 4 desk hours used
    const panel = await slaPanelFor(tech, ticket.id, now);
    expect(panel).toMatchObject({ policy: "P3: respond within 4 h, fix within 36 h, counted in service desk hours", paused: null, escalatedAt: null });
    const [response, fix] = panel!.clocks;
    expect(response!.badge).toMatchObject({ target: "RESPONSE", phase: "running", dueAt: "2026-11-02T14:00:00.000Z", soonAt: "2026-11-02T13:00:00.000Z" });
    // 75 % of 36 h is 27 h: Fri 2 + Mon 12 + Tue 12, then Wed 07:00 + 1 h. Wall time would say Wed 08:00 + 3 h.
    expect(fix!.badge).toMatchObject({ target: "RESOLUTION", phase: "running", dueAt: "2026-11-04T22:00:00.000Z", soonAt: "2026-11-04T13:00:00.000Z" });
    expect(badgeWords(response!.badge, now)).toEqual({ tone: "ok", text: "1 h 30 min left" });
    expect(badgeWords(response!.badge, iso("2026-11-02T13:10:00Z"))).toEqual({ tone: "soon", text: "50 min left" });
  });

  it("says since when and why the clocks are paused, and that the response was met", async () => {
    const { tech, ticket } = await world();
    await changeTicketStatus({ actor: tech, input: { ticketId: ticket.id, version: 1, status: "WAITING_ON_VENDOR" }, now: iso("2026-11-02T13:00:00Z") });
    const now = iso("2026-11-02T15:00:00Z");
    const panel = await slaPanelFor(tech, ticket.id, now);
    expect(panel!.paused).toEqual({ since: iso("2026-11-02T13:00:00Z"), reason: "waiting for a supplier" });
    const [response, fix] = panel!.clocks;
    expect(badgeWords(response!.badge, now)).toEqual({ tone: "met", text: "Met" });
    expect(response!.dueAt).toEqual(iso("2026-11-02T14:00:00Z"));
    expect(badgeWords(fix!.badge, now)).toEqual({ tone: "paused", text: "Paused, 33 h left" });
  });

  it("is for IT staff only, and reveals nothing about ids that do not exist", async () => {
    const { nurse, tech, ticket } = await world();
    await expect(slaPanelFor(nurse, ticket.id, new Date())).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await slaPanelFor(tech, "not-a-uuid", new Date())).toBeNull();
    expect(await slaPanelFor(tech, "00000000-0000-4000-8000-000000000000", new Date())).toBeNull();
  });
});

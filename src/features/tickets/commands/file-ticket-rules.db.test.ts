import { beforeEach, describe, expect, it } from "vitest";
import type { TRuleAction, TRuleCondition } from "@/domain/triage/rules";
import { db } from "@/server/db";
import { createTestHospital, type TestHospital } from "../../../../tests/factories/hospital";
import { actorFor, ticketInput } from "../../../../tests/factories/tickets";
import { createUser } from "../../../../tests/factories/users";
import { ZFileTicket, type TFileTicketInput } from "../schemas";
import { fileTicket } from "./file-ticket";

const now = new Date("2026-12-01T03:10:00Z");
let hospital: TestHospital;
let nurse: ReturnType<typeof actorFor>;

beforeEach(async () => {
  hospital = await createTestHospital(db);
  nurse = actorFor(await createUser(db, { role: "CLINICIAN" }));
});

async function filed(overrides: Partial<TFileTicketInput> = {}) {
  const result = await fileTicket({ actor: nurse, input: ZFileTicket.parse(ticketInput(hospital, overrides)), now });
  if (result.kind !== "filed") throw new Error(`expected a ticket, got ${result.kind}`);
  return db.ticket.findUniqueOrThrow({ where: { id: result.ticket.id }, include: { events: true } });
}

const addRule = (position: number, name: string, conditions: TRuleCondition, actions: TRuleAction, enabled = true) =>
  db.triageRule.create({ data: { position, name, enabled, conditions, actions } });

describe("fileTicket with triage rules", () => {
  it("applies a matching rule: raised priority, its team, assignee and tags, with the rule named in the reason", async () => {
    const tech = await createUser(db, { role: "REMOTE_AGENT" });
    await addRule(1, "Ward printers go to apps", { locationIds: [hospital.ward.id], summaryWords: ["blank labels"] }, {
      raisePriorityTo: "P1",
      setTeam: { id: hospital.appsTeam.id, name: hospital.appsTeam.name },
      assignTo: { id: tech.id, name: tech.displayName },
      addTags: ["ward-labels"],
    });
    const ticket = await filed();
    expect(ticket).toMatchObject({ priority: "P1", teamId: hospital.appsTeam.id, assigneeId: tech.id, status: "ASSIGNED", tags: ["ward-labels"] });
    expect(ticket.triageExplanation).toContain("raised to P1 by rule 1 “Ward printers go to apps”");
    expect(ticket.triageExplanation).toContain(`to ${hospital.appsTeam.name} by rule 1`);
    const triaged = ticket.events.find((event) => event.type === "TRIAGED");
    expect(triaged?.data).toMatchObject({ priority: "P1", team: hospital.appsTeam.name, assigneeId: tech.id, tags: ["ward-labels"] });
    expect(String((triaged?.data as { explanation: string }).explanation)).toContain("rule 1");
  });

  it("ignores a disabled rule and a rule whose words are not in the summary", async () => {
    await addRule(1, "Switched off", {}, { raisePriorityTo: "P1" }, false);
    await addRule(2, "Needs the word zebra", { summaryWords: ["zebra"] }, { raisePriorityTo: "P1" });
    const ticket = await filed();
    expect(ticket).toMatchObject({ priority: "P2", teamId: hospital.onsiteTeam.id, assigneeId: null, status: "NEW", tags: [] });
    expect(ticket.triageExplanation).not.toContain("rule");
  });

  it("uses the stored matrix over the default", async () => {
    await db.priorityMatrixCell.create({ data: { urgency: "CARE_SLOWED", impact: "UNIT", priority: "P3" } });
    expect((await filed()).priority).toBe("P3");
  });
});

import { randomUUID } from "node:crypto";
import type { Actor } from "@/domain/authz/actor";
import { isRole } from "@/domain/authz/roles";
import type { Db } from "@/server/prisma-client";
import { fileTicket } from "@/features/tickets/commands/file-ticket";
import { ZFileTicket, type TFileTicketInput } from "@/features/tickets/schemas";
import type { TestHospital } from "./hospital";

/** An Actor as the session layer would build it, for calling commands directly. */
export function actorFor(user: { id: string; role: string; email: string; displayName: string; homeUnitId: string | null }): Actor {
  if (!isRole(user.role)) throw new Error(`unknown role ${user.role}`);
  return { userId: user.id, sessionId: randomUUID(), role: user.role, email: user.email, displayName: user.displayName, homeUnitId: user.homeUnitId };
}

export function ticketInput(hospital: TestHospital, overrides: Partial<TFileTicketInput> = {}): TFileTicketInput {
  return {
    summary: "Label printer prints blank labels",
    details: "Started after the paper roll was changed.",
    categoryId: hospital.labelPrinter.id,
    locationId: hospital.wardRoom.id,
    impact: "UNIT",
    urgency: "CARE_SLOWED",
    patientSafety: "no",
    callbackNumber: "ext 4421",
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

/** Files a ticket through the real command, as the form would. */
export async function fileTestTicket(_db: Db, actor: Actor, hospital: TestHospital, overrides: Partial<TFileTicketInput> = {}, now = new Date()) {
  const result = await fileTicket({ actor, input: ZFileTicket.parse(ticketInput(hospital, overrides)), now });
  if (result.kind !== "filed") throw new Error("test ticket was stopped by the PHI guard");
  return result.ticket;
}

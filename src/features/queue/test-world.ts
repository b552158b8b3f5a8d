// Shared by the queue DB tests: the factory hospital, a second on-site team on another campus, people of every
// queue role, and a fast way to put tickets with chosen SLA columns in place.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { createTestHospital } from "../../../tests/factories/hospital";
import { actorFor } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";

export const T0 = new Date("2026-11-30T14:00:00Z");
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function person(role: "CLINICIAN" | "ONSITE_TECH" | "REMOTE_AGENT" | "MANAGER", displayName: string, teamId?: string) {
  const user = await createUser(db, { role, displayName });
  if (teamId) await db.teamMember.create({ data: { teamId, userId: user.id } });
  return actorFor(user);
}

export async function queueWorld() {
  const hospital = await createTestHospital(db);
  const otherCampus = await db.location.create({ data: { kind: "CAMPUS", name: "North Campus", code: `north-${randomUUID().slice(0, 6)}` }, select: { id: true } });
  const otherTeam = await db.team.create({ data: { slug: `north-${randomUUID().slice(0, 6)}`, name: `North on-site ${randomUUID().slice(0, 6)}`, mode: "ONSITE", campusId: otherCampus.id }, select: { id: true } });
  const [nurse, onsite, onsite2, remote, northTech, manager] = await Promise.all([
    person("CLINICIAN", "Nurse Ada"),
    person("ONSITE_TECH", "Sam Lee", hospital.onsiteTeam.id),
    person("ONSITE_TECH", "Kim Park", hospital.onsiteTeam.id),
    person("REMOTE_AGENT", "Rae Remote", hospital.appsTeam.id),
    person("ONSITE_TECH", "Noor North", otherTeam.id),
    person("MANAGER", "Max Manager"),
  ]);

  /** An on-site printer ticket in 4 West room 412 for the on-site team unless told otherwise. */
  async function ticket(data: Partial<Prisma.TicketUncheckedCreateInput> = {}) {
    return db.ticket.create({
      data: {
        summary: "Label printer prints blank labels",
        details: "Started after the paper roll was changed.",
        priority: "P3",
        impact: "UNIT",
        urgency: "CARE_SLOWED",
        mode: "ONSITE",
        categoryId: hospital.labelPrinter.id,
        teamId: hospital.onsiteTeam.id,
        requesterId: nurse.userId,
        filedById: nurse.userId,
        locationId: hospital.wardRoom.id,
        callbackNumber: "ext 4421",
        idempotencyKey: randomUUID(),
        ...data,
      },
      select: { id: true, number: true },
    });
  }

  function remoteTicket(data: Partial<Prisma.TicketUncheckedCreateInput> = {}) {
    return ticket({ summary: "Patient records are slow", details: "Charting takes a minute per page.", mode: "REMOTE", categoryId: hospital.ehrSlow.id, teamId: hospital.appsTeam.id, ...data });
  }

  return { hospital, otherTeam, nurse, onsite, onsite2, remote, northTech, manager, ticket, remoteTicket };
}

export type QueueWorld = Awaited<ReturnType<typeof queueWorld>>;

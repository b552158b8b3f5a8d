// DB tests of working a ticket: a hospital, a reporter, technicians of the on-site team, a remote agent of
// another team, a manager, and one on-site ticket waiting unassigned in the on-site team's queue.
import { randomUUID } from "node:crypto";
import type { Role } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { createTestHospital } from "../../../tests/factories/hospital";
import { actorFor, fileTestTicket } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";

export const filedAt = new Date("2026-11-30T14:00:00Z");
export const later = new Date("2026-11-30T14:20:00Z");
export const minutesAfter = (minutes: number) => new Date(filedAt.getTime() + minutes * 60_000);

/** Many people at once without hashing a password each: they never sign in. */
export async function createStaff(count: number, role: Role, teamId: string | null, name = "Tech") {
  const users = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(), email: `${name.toLowerCase()}-${index}-${randomUUID().slice(0, 6)}@test.hospital`, displayName: `${name} ${index + 1}`, role,
  }));
  await db.user.createMany({ data: users });
  if (teamId) await db.teamMember.createMany({ data: users.map((user) => ({ teamId, userId: user.id })) });
  return users.map((user) => actorFor({ ...user, homeUnitId: null }));
}

export async function workWorld() {
  const hospital = await createTestHospital(db);
  const reporter = actorFor(await createUser(db, { displayName: "Nurse Reporter" }));
  const [tech, teammate] = await createStaff(2, "ONSITE_TECH", hospital.onsiteTeam.id);
  const [outsider] = await createStaff(1, "REMOTE_AGENT", hospital.appsTeam.id, "Agent");
  const [manager] = await createStaff(1, "MANAGER", null, "Manager");
  const filed = await fileTestTicket(db, reporter, hospital, {}, filedAt);
  const ticket = await db.ticket.findUniqueOrThrow({ where: { id: filed.id } });
  return { hospital, reporter, tech: tech!, teammate: teammate!, outsider: outsider!, manager: manager!, ticket };
}

export const readTicket = (id: string) => db.ticket.findUniqueOrThrow({ where: { id } });

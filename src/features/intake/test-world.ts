// Shared by the intake DB tests: the factory hospital plus a second building on the same campus, so "same
// building" and "elsewhere" can both be tested.
import { db } from "@/server/db";
import { createTestHospital } from "../../../tests/factories/hospital";
import { actorFor } from "../../../tests/factories/tickets";
import { createUser } from "../../../tests/factories/users";

export async function intakeWorld() {
  const hospital = await createTestHospital(db);
  const place = (kind: "BUILDING" | "FLOOR" | "UNIT", name: string, parentId: string) =>
    db.location.create({ data: { kind, name, code: `${hospital.campus.id.slice(0, 8)}-${name}`, parentId }, select: { id: true } });
  const annex = await place("BUILDING", "Annex", hospital.campus.id);
  const annexFloor = await place("FLOOR", "Annex Floor 1", annex.id);
  const annexUnit = await place("UNIT", "Annex Clinic", annexFloor.id);
  const nurseUser = await createUser(db, { role: "CLINICIAN" });
  await db.user.update({ where: { id: nurseUser.id }, data: { homeUnitId: hospital.ward.id, phone: "ext. 4412" } });
  const colleagueUser = await createUser(db, { role: "CLINICIAN" });
  await db.user.update({ where: { id: colleagueUser.id }, data: { homeUnitId: hospital.ward.id } });
  return {
    hospital,
    annexUnit,
    nurse: actorFor({ ...nurseUser, homeUnitId: hospital.ward.id }),
    colleague: actorFor({ ...colleagueUser, homeUnitId: hospital.ward.id }),
  };
}

export type IntakeWorld = Awaited<ReturnType<typeof intakeWorld>>;

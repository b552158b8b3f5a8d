import type { Actor } from "@/domain/authz/actor";
import { matrixFromCells, type PriorityMatrix } from "@/domain/triage/matrix";
import type { TriageRuleDef } from "@/domain/triage/rules";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { parseRuleRow } from "./config";

export type Option = { id: string; name: string };
export type AdminRule = TriageRuleDef & { id: string; version: number; valid: boolean };
export type TriageAdminData = {
  matrix: PriorityMatrix;
  rules: AdminRule[];
  categories: Option[];
  locations: (Option & { kind: string })[];
  teams: Option[];
  staff: Option[];
};

/** Everything the triage admin page shows: the matrix, every rule (on or off) and the choices its forms offer. */
export async function triageAdminData(actor: Actor): Promise<TriageAdminData> {
  assertCan(actor, "triage:configure");
  const [cells, rows, categories, locations, teams, staff] = await Promise.all([
    db.priorityMatrixCell.findMany({ select: { urgency: true, impact: true, priority: true } }),
    db.triageRule.findMany({ orderBy: { position: "asc" }, select: { id: true, position: true, name: true, enabled: true, conditions: true, actions: true, version: true } }),
    db.category.findMany({ where: { active: true }, orderBy: [{ name: "asc" }], select: { id: true, name: true } }),
    // Rules name units or whole buildings and campuses; floors and rooms would only make the list long.
    db.location.findMany({ where: { active: true, kind: { in: ["CAMPUS", "BUILDING", "UNIT"] } }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } }),
    db.team.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.user.findMany({ where: { disabledAt: null, isService: false, role: { not: "CLINICIAN" } }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true } }),
  ]);
  return {
    matrix: matrixFromCells(cells),
    rules: rows.map((row) => {
      const parsed = parseRuleRow(row);
      // A rule stored by an older version that no longer validates is listed (so it can be deleted), never applied.
      return parsed ? { ...parsed, version: row.version, valid: true } : { id: row.id, position: row.position, name: row.name, enabled: row.enabled, conditions: {}, actions: {}, version: row.version, valid: false };
    }),
    categories,
    locations,
    teams,
    staff: staff.map((user) => ({ id: user.id, name: user.displayName })),
  };
}

import type { Actor } from "@/domain/authz/actor";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";

export type TeamOption = { id: string; name: string; mode: "ONSITE" | "REMOTE" };

/** The teams a ticket can be sent to: active ones only, for the re-triage form. Team names are not sensitive. */
export async function activeTeams(actor: Actor): Promise<TeamOption[]> {
  assertCan(actor, "ticket:retriage");
  return db.team.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, mode: true } });
}

import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TCategoryForm } from "../schemas";

type Input = { actor: Actor; input: TCategoryForm; now: Date };
const FIELDS = ["name", "description", "keywords", "defaultTeamId", "defaultMode", "clinicalCritical", "active"] as const;

/**
 * Saves a category's words, routing defaults and flags. The audit row names the fields that changed, never
 * their values: names and keywords are free text.
 */
export async function updateCategory({ actor, input, now }: Input): Promise<{ changed: string[] }> {
  assertCan(actor, "directory:manage");
  return db.$transaction(async (tx) => {
    const current = await tx.category.findUnique({ where: { id: input.categoryId }, select: { name: true, description: true, keywords: true, defaultTeamId: true, defaultMode: true, clinicalCritical: true, active: true } });
    if (!current) throw new AppError("NOT_FOUND", "That category does not exist. Reload the page.");
    if (input.defaultTeamId) {
      const team = await tx.team.findFirst({ where: { id: input.defaultTeamId, active: true }, select: { id: true } });
      if (!team) throw new AppError("INVALID", "The team was not found.", { defaultTeamId: ["Choose an active team from the list."] });
    }
    const next = { ...input, defaultTeamId: input.defaultTeamId ?? null };
    const changed = FIELDS.filter((field) => current[field] !== next[field]);
    if (changed.length === 0) return { changed };
    const data = Object.fromEntries(changed.map((field) => [field, next[field]]));
    await tx.category.updateMany({ where: { id: input.categoryId }, data });
    await writeAudit(tx, { actorId: actor.userId, action: "category.updated", entityType: "Category", entityId: input.categoryId, details: { fields: changed.join(",") } }, now);
    return { changed };
  });
}

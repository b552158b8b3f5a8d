import "server-only";
import { matrixFromCells, type PriorityMatrix } from "@/domain/triage/matrix";
import { ZRuleAction, ZRuleCondition, type TriageRuleDef } from "@/domain/triage/rules";
import { db } from "@/server/db";
import type { Db, Tx } from "@/server/prisma-client";

export type TriageConfig = { matrix: PriorityMatrix; rules: TriageRuleDef[] };

type RuleRow = { id: string; position: number; name: string; enabled: boolean; conditions: unknown; actions: unknown };

/** A stored rule re-validated on read: one the code can no longer understand is skipped, never half-applied. */
export function parseRuleRow<T extends RuleRow>(row: T): (TriageRuleDef & { id: string }) | null {
  const conditions = ZRuleCondition.safeParse(row.conditions);
  const actions = ZRuleAction.safeParse(row.actions);
  if (!conditions.success || !actions.success) return null;
  return { id: row.id, position: row.position, name: row.name, enabled: row.enabled, conditions: conditions.data, actions: actions.data };
}

/** The matrix and the enabled rules in order: two queries, run together, on every filing and every preview. */
export async function loadTriageConfig(client: Db | Tx = db): Promise<TriageConfig> {
  const [cells, rows] = await Promise.all([
    client.priorityMatrixCell.findMany({ select: { urgency: true, impact: true, priority: true } }),
    client.triageRule.findMany({
      where: { enabled: true },
      orderBy: { position: "asc" },
      select: { id: true, position: true, name: true, enabled: true, conditions: true, actions: true },
    }),
  ]);
  return { matrix: matrixFromCells(cells), rules: rows.map(parseRuleRow).filter((rule) => rule !== null) };
}

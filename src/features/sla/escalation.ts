import type { SlaTargetName } from "@/domain/sla/marks";
import { PRIORITY_WORDS } from "@/domain/tickets/status";
import { formatTicketNumber } from "@/lib/ticket-number";
import type { Tx } from "@/server/prisma-client";
import { notifyStaff } from "@/features/notifications/enqueue";
import type { ThresholdKind } from "./clocks";

type TicketForEscalation = { id: string; number: number; priority: "P1" | "P2" | "P3" | "P4"; teamId: string | null; assigneeId: string | null };

const TARGET_WORDS: Record<SlaTargetName, string> = { RESPONSE: "response", RESOLUTION: "fix" };

function titleFor(ticket: TicketForEscalation, target: SlaTargetName, kind: ThresholdKind): string {
  const head = `${formatTicketNumber(ticket.number)} ${PRIORITY_WORDS[ticket.priority]}`;
  const what = TARGET_WORDS[target];
  if (kind === "WARNED_50") return `${head}: half the ${what} time has gone`;
  if (kind === "WARNED_75") return `${head}: three quarters of the ${what} time has gone`;
  return `${head}: the ${what} target was missed`;
}

async function teamLeads(tx: Tx, teamId: string | null): Promise<string[]> {
  if (!teamId) return [];
  const leads = await tx.teamMember.findMany({ where: { teamId, isLead: true }, select: { userId: true } });
  return leads.map((lead) => lead.userId);
}

// The managers responsible for the team (managers who are members of it); a team without one escalates to
// every manager, so a breach is never told to nobody.
async function managers(tx: Tx, teamId: string | null): Promise<string[]> {
  const active = { role: "MANAGER" as const, disabledAt: null, isService: false };
  if (teamId) {
    const own = await tx.user.findMany({ where: { ...active, teamMemberships: { some: { teamId } } }, select: { id: true } });
    if (own.length > 0) return own.map((user) => user.id);
  }
  const all = await tx.user.findMany({ where: active, select: { id: true } });
  return all.map((user) => user.id);
}

/**
 * Who hears about a threshold: at 50 % the assignee (the team leads when nobody has it yet), at 75 % the
 * assignee and the team leads, at a breach the managers.
 */
export async function recipientsFor(tx: Tx, ticket: TicketForEscalation, kind: ThresholdKind): Promise<string[]> {
  if (kind === "BREACHED") return managers(tx, ticket.teamId);
  const leads = await teamLeads(tx, ticket.teamId);
  if (kind === "WARNED_50") return ticket.assigneeId ? [ticket.assigneeId] : leads;
  return [...(ticket.assigneeId ? [ticket.assigneeId] : []), ...leads];
}

export async function announceThreshold(tx: Tx, ticket: TicketForEscalation, target: SlaTargetName, kind: ThresholdKind, now: Date): Promise<number> {
  const userIds = await recipientsFor(tx, ticket, kind);
  return notifyStaff(tx, userIds, { ticket, kind: kind === "BREACHED" ? "SLA_BREACHED" : "SLA_WARNING", title: titleFor(ticket, target, kind) }, now);
}

import type { Actor } from "@/domain/authz/actor";
import type { Prisma } from "@/generated/prisma/client";
import { retargetSlaClocks } from "@/features/sla/transitions";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Tx } from "@/server/prisma-client";
import type { TRetriage } from "../schemas";
import { loadForRetriage, refusePhi, STALE_MESSAGE } from "./shared";

type Input = { actor: Actor; input: TRetriage; now: Date };
type Loaded = Awaited<ReturnType<typeof loadForRetriage>>;
type Target = { teamId: string; name: string } | null;

/**
 * IT staff change a ticket's priority, team or way of working, with a reason. A new priority moves the service
 * targets as if the ticket had been filed at that priority (the clock still starts at filing); a new team
 * starts the ticket afresh in that team's queue. The old values stay in the timeline events.
 */
export async function retriageTicket({ actor, input, now }: Input): Promise<{ version: number }> {
  const ticket = await loadForRetriage(actor, input.ticketId, input.version);
  refusePhi("reason", input.reason, now);
  const priority = input.priority && input.priority !== ticket.priority ? input.priority : null;
  const team = input.teamId && input.teamId !== ticket.teamId ? await activeTeam(input.teamId) : null;
  const mode = input.mode && input.mode !== ticket.mode ? input.mode : null;
  if (!priority && !team && !mode) {
    throw new AppError("INVALID", "Nothing was changed. Choose a new priority, team or way of working first.");
  }
  await db.$transaction(async (tx) => {
    const data: Prisma.TicketUncheckedUpdateManyInput = { version: { increment: 1 }, updatedAt: now };
    if (priority) data.priority = priority;
    if (mode) data.mode = mode;
    if (team) Object.assign(data, { teamId: team.teamId, assigneeId: null }, ticket.status === "ASSIGNED" && { status: "NEW" });
    const updated = await tx.ticket.updateMany({ where: { id: ticket.id, version: ticket.version }, data });
    if (updated.count === 0) throw new AppError("CONFLICT", STALE_MESSAGE);
    // The targets of the policy that now matches, counted from filing (src/features/sla/transitions.ts).
    if (priority || team) await retargetSlaClocks(tx, { id: ticket.id, priority: priority ?? ticket.priority, categoryId: ticket.categoryId, teamId: team?.teamId ?? ticket.teamId }, now);
    const after = await tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { responseDueAt: true, resolutionDueAt: true } });
    await writeEvents(tx, { actor, ticket, after, priority, team, mode, reason: input.reason, now });
    const changed = { priority: priority !== null, team: team !== null, mode: mode !== null };
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.retriaged", entityType: "Ticket", entityId: ticket.id, details: changed }, now);
  });
  return { version: ticket.version + 1 };
}

async function activeTeam(teamId: string): Promise<NonNullable<Target>> {
  const team = await db.team.findFirst({ where: { id: teamId, active: true }, select: { id: true, name: true } });
  if (!team) throw new AppError("INVALID", undefined, { teamId: ["That team is not taking tickets. Choose another."] });
  return { teamId: team.id, name: team.name };
}

type EventInput = {
  actor: Actor;
  ticket: Loaded;
  after: { responseDueAt: Date | null; resolutionDueAt: Date | null };
  priority: Loaded["priority"] | null;
  team: Target;
  mode: Loaded["mode"] | null;
  reason: string;
  now: Date;
};

/** PRIORITY_CHANGED keeps the old service targets; REROUTED keeps the old team and who was working on it. */
async function writeEvents(tx: Tx, { actor, ticket, after, priority, team, mode, reason, now }: EventInput) {
  const base = { ticketId: ticket.id, actorId: actor.userId, createdAt: now };
  if (priority) {
    const data = {
      from: ticket.priority, to: priority, reason,
      previousResponseDueAt: ticket.responseDueAt?.toISOString() ?? null,
      previousResolutionDueAt: ticket.resolutionDueAt?.toISOString() ?? null,
      responseDueAt: after.responseDueAt?.toISOString() ?? null,
      resolutionDueAt: after.resolutionDueAt?.toISOString() ?? null,
    };
    await tx.ticketEvent.create({ data: { ...base, type: "PRIORITY_CHANGED", data }, select: { id: true } });
  }
  if (team || mode) {
    const data = {
      fromTeamId: ticket.teamId, fromTeam: ticket.team?.name ?? null,
      toTeamId: team?.teamId ?? ticket.teamId, team: team?.name ?? ticket.team?.name ?? null,
      fromMode: ticket.mode, toMode: mode ?? ticket.mode, previousAssigneeId: team ? ticket.assigneeId : null, reason,
    };
    await tx.ticketEvent.create({ data: { ...base, type: "REROUTED", data }, select: { id: true } });
  }
}

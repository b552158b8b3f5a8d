import { canMove } from "@/domain/tickets/lifecycle";
import type { Actor } from "@/domain/authz/actor";
import { recordStatusChange, retargetSlaClocks } from "@/features/sla/transitions";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { locationPath } from "@/features/locations/queries";
import type { THandsOnSite } from "../schemas";
import { loadForRetriage, refusePhi, STALE_MESSAGE } from "./shared";

type Input = { actor: Actor; input: THandsOnSite; now: Date };

export const HANDS_ON_SITE_REASON = "needs hands on site";

/**
 * A remote agent finds the problem needs someone in the room: the ticket goes to the on-site team of its
 * campus, unassigned and back to "received" so that team's queue picks it up. It keeps its filing time and
 * service targets (the reporter has waited as long as they have waited), and the agent's note for the
 * technician is stored as an internal note.
 */
export async function needsHandsOnSite({ actor, input, now }: Input): Promise<{ version: number; teamName: string }> {
  const ticket = await loadForRetriage(actor, input.ticketId, input.version);
  if (ticket.mode === "ONSITE") throw new AppError("INVALID", "This ticket is already with an on-site team.");
  if (!canMove("routing", ticket.status, "NEW")) throw new AppError("INVALID", "This ticket is fixed or closed; it cannot be sent on site.");
  refusePhi("note", input.note, now);
  const onsite = await campusOnsiteTeam(ticket.locationId);

  await db.$transaction(async (tx) => {
    const updated = await tx.ticket.updateMany({
      where: { id: ticket.id, version: ticket.version },
      data: { teamId: onsite.id, mode: "ONSITE", assigneeId: null, status: "NEW", version: { increment: 1 }, updatedAt: now },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", STALE_MESSAGE);
    const comment = await tx.comment.create({
      data: { ticketId: ticket.id, authorId: actor.userId, body: input.note, visibility: "INTERNAL", createdAt: now },
      select: { id: true },
    });
    const data = {
      fromTeamId: ticket.teamId, fromTeam: ticket.team?.name ?? null, toTeamId: onsite.id, team: onsite.name,
      fromMode: ticket.mode, toMode: "ONSITE", fromStatus: ticket.status, previousAssigneeId: ticket.assigneeId,
      reason: HANDS_ON_SITE_REASON, handsOnSite: true, commentId: comment.id,
    };
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.userId, type: "REROUTED", createdAt: now, data }, select: { id: true } });
    // Same priority, so normally the same targets; a policy specific to the on-site team would apply now.
    await recordStatusChange(tx, { ticketId: ticket.id, from: ticket.status, to: "NEW", byStaff: false }, now);
    await retargetSlaClocks(tx, { id: ticket.id, priority: ticket.priority, categoryId: ticket.categoryId, teamId: onsite.id }, now);
    await writeAudit(
      tx,
      { actorId: actor.userId, action: "ticket.rerouted_onsite", entityType: "Ticket", entityId: ticket.id, details: { toTeamId: onsite.id, commentId: comment.id } },
      now,
    );
  });
  return { version: ticket.version + 1, teamName: onsite.name };
}

/** The campus's default on-site team, read from the campus at the top of the ticket's location path. */
async function campusOnsiteTeam(locationId: string) {
  const campus = (await locationPath(locationId)).find((step) => step.kind === "CAMPUS");
  const team = campus
    ? await db.team.findFirst({
        where: { mode: "ONSITE", campusDefault: true, active: true, campusId: campus.id },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      })
    : null;
  if (!team) {
    throw new AppError("INVALID", `No on-site team covers ${campus?.name ?? "this ticket's location"}. Choose a team in "Change priority or team" instead.`);
  }
  return team;
}

import { env } from "@/env";
import type { Actor } from "@/domain/authz/actor";
import { detectPhi, redactPhi, type PhiFinding } from "@/domain/phi/detect";
import { Prisma } from "@/generated/prisma/client";
import { startSlaClocks } from "@/features/sla/transitions";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { notifyRequester } from "@/features/notifications/enqueue";
import { chooseAssignee, recordAutoAssignment } from "@/features/assignment/auto-assign";
import { kickEmailDelivery } from "@/features/notifications/delivery";
import type { TFileTicket } from "../schemas";
import { decideTriage, loadIntakeContext } from "./intake-context";
import { matchingOpenIncident } from "@/features/incidents/match";

export type PhiFindings = { summary: PhiFinding[]; details: PhiFinding[] };

export type FileTicketResult =
  | { kind: "filed"; ticket: { id: string; number: number }; duplicate: boolean }
  | { kind: "phi_found"; findings: PhiFindings };

type Input = { actor: Actor; input: TFileTicket; now: Date };

/**
 * Files a ticket: PHI guard, triage, SLA targets, then the ticket, its first timeline events, the audit row and
 * the requester's notification in one transaction. Safe to repeat with the same idempotency key.
 */
export async function fileTicket({ actor, input, now }: Input): Promise<FileTicketResult> {
  assertCan(actor, "ticket:create");
  const earlier = await findByIdempotencyKey(actor, input.idempotencyKey);
  if (earlier) return earlier;

  const mrnPattern = env().PHI_MRN_PATTERN;
  const findings: PhiFindings = {
    summary: detectPhi(input.summary, { mrnPattern, now }),
    details: detectPhi(input.details, { mrnPattern, now }),
  };
  const redactions = findings.summary.length + findings.details.length;
  if (redactions > 0 && input.phiDecision !== "redact") return { kind: "phi_found", findings };

  const context = await loadIntakeContext(actor, input);
  const text = { summary: redactPhi(input.summary, findings.summary), details: redactPhi(input.details, findings.details) };
  const decision = decideTriage(context, { ...input, summary: text.summary }, now);
  // A report of an outage IT already works on joins it, so it is not worked twice.
  const incident = await matchingOpenIncident(context.category.id, context.locationPathIds);

  try {
    const ticket = await db.$transaction(async (tx) => {
      // A rule's assignee wins; otherwise the team's least-loaded person on shift (or on call for P1/P2).
      const auto = decision.assigneeId || !decision.team ? null : await chooseAssignee(tx, { teamId: decision.team.id, priority: decision.priority, now });
      const assigneeId = decision.assigneeId ?? auto?.user.id ?? null;
      const created = await tx.ticket.create({
        data: {
          ...text,
          impact: input.impact,
          urgency: input.urgency,
          patientSafety: input.patientSafety,
          priority: decision.priority,
          mode: decision.mode,
          teamId: decision.team?.id ?? null,
          assigneeId,
          status: assigneeId ? "ASSIGNED" : "NEW",
          tags: decision.tags,
          triageExplanation: decision.explanation,
          categoryId: context.category.id,
          locationId: context.location.id,
          requesterId: context.requesterId,
          filedById: actor.userId,
          callbackNumber: input.callbackNumber,
          assetTag: input.assetTag ?? null,
          idempotencyKey: input.idempotencyKey,
          majorIncidentId: incident?.id ?? null,
          createdAt: now,
          updatedAt: now,
        },
        select: { id: true, number: true, status: true, requesterId: true },
      });
      await tx.ticketEvent.createMany({
        data: [
          { ticketId: created.id, actorId: actor.userId, type: "CREATED", createdAt: now, data: { onBehalf: context.requesterId !== actor.userId, redactions } },
          { ticketId: created.id, actorId: null, type: "TRIAGED", createdAt: now, data: { priority: decision.priority, mode: decision.mode, team: decision.team?.name ?? null, explanation: decision.explanation, assigneeId: decision.assigneeId, tags: decision.tags } },
          ...(incident ? [{ ticketId: created.id, actorId: null, type: "MAJOR_INCIDENT_LINKED" as const, createdAt: now, data: { title: incident.title } }] : []),
        ],
      });
      // The audit says a redaction happened and of what kind, never what was redacted.
      const redactedKinds = [...new Set([...findings.summary, ...findings.details].map((f) => f.kind))].join(",");
      await writeAudit(tx, { actorId: actor.userId, action: "ticket.filed", entityType: "Ticket", entityId: created.id, details: { priority: decision.priority, redactions, redactedKinds: redactedKinds || null } }, now);
      await startSlaClocks(tx, { id: created.id, priority: decision.priority, categoryId: context.category.id, teamId: decision.team?.id ?? null }, now);
      if (auto) await recordAutoAssignment(tx, { ...created, priority: decision.priority }, auto, now);
      await notifyRequester(tx, { ticket: created, kind: "TICKET_FILED", actorId: actor.userId }, now);
      return created;
    });
    kickEmailDelivery();
    return { kind: "filed", ticket: { id: ticket.id, number: ticket.number }, duplicate: false };
  } catch (error) {
    // Two submissions with the same key raced past the first check: the loser returns the winner's ticket.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findByIdempotencyKey(actor, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}

async function findByIdempotencyKey(actor: Actor, idempotencyKey: string): Promise<FileTicketResult | null> {
  const existing = await db.ticket.findUnique({ where: { idempotencyKey }, select: { id: true, number: true, filedById: true } });
  if (!existing) return null;
  // A key is only good for the person who made it; anyone else reusing it learns nothing about the ticket.
  if (existing.filedById !== actor.userId) throw new AppError("CONFLICT", "This form was already used. Reload the page and try again.");
  return { kind: "filed", ticket: { id: existing.id, number: existing.number }, duplicate: true };
}

import type { Actor } from "@/domain/authz/actor";
import { formatTicketNumber } from "@/lib/ticket-number";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordFirstResponse } from "@/features/sla/transitions";
import { notifyRequester } from "@/features/notifications/enqueue";
import { kickEmailDelivery } from "@/features/notifications/delivery";
import { DISPATCH_DONE_WORDS, nextDispatchStep } from "../dispatch";
import type { TDispatchStep, TDispatchStepInput } from "../schemas";
import { assertOpen, loadWorkableTicket, updateAtVersion, type WorkTicket } from "./workable";

type Input = { actor: Actor; input: TDispatchStepInput; now: Date };

const INSTANT = { EN_ROUTE: "enRouteAt", ON_SITE: "onSiteAt", DONE: "handsOnDoneAt" } as const;

// What the reporter reads: the number and plain words. Arrival needs no message: they see the technician.
const REPORTER_WORDS: Partial<Record<TDispatchStep, string>> = {
  EN_ROUTE: "a technician is on the way",
  DONE: "the technician has finished the hands-on work",
};

/**
 * The technician who has an on-site ticket records their way there: on the way, there, done, in that order,
 * each with its instant. Setting off is the first response the reporter was promised, if none came before.
 */
export async function recordDispatchStep({ actor, input, now }: Input): Promise<{ version: number }> {
  assertCan(actor, "ticket:transition");
  const ticket = await loadWorkableTicket(actor, input.ticketId, input.version);
  assertOpen(ticket, "recording a visit");
  await assertMayWalk(actor, ticket);
  const expected = nextDispatchStep(ticket.dispatchStep);
  if (input.step !== expected) {
    const message = expected
      ? `Next comes "${DISPATCH_DONE_WORDS[expected]}": the steps go in order (on the way, there, done).`
      : "The hands-on work on this ticket is already recorded as done.";
    throw new AppError("INVALID", message);
  }
  const respond = input.step === "EN_ROUTE" && ticket.firstResponseAt === null;

  const version = await db.$transaction(async (tx) => {
    const next = await updateAtVersion(tx, ticket, { dispatchStep: input.step, [INSTANT[input.step]]: now, ...(respond ? { firstResponseAt: now } : {}) }, now);
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.userId, type: "DISPATCH", createdAt: now, data: { step: input.step } }, select: { id: true } });
    if (respond) await recordFirstResponse(tx, ticket.id, now);
    await writeAudit(tx, { actorId: actor.userId, action: "ticket.dispatch_step", entityType: "Ticket", entityId: ticket.id, details: { step: input.step } }, now);
    const words = REPORTER_WORDS[input.step];
    if (words) {
      const title = `${formatTicketNumber(ticket.number)}: ${words}`;
      await notifyRequester(tx, { ticket, kind: "STATUS_CHANGED", actorId: actor.userId, title }, now);
    }
    return next;
  });
  kickEmailDelivery();
  return { version };
}

async function assertMayWalk(actor: Actor, ticket: WorkTicket): Promise<void> {
  if (ticket.mode !== "ONSITE") throw new AppError("INVALID", "This ticket is worked remotely, so it has no visit to record. Use \"Needs hands on site\" if someone must go there.");
  if (ticket.assigneeId === actor.userId) return;
  if (!ticket.assigneeId) throw new AppError("INVALID", "Take this ticket first: only the technician who has it records the visit.");
  const holder = await db.user.findUnique({ where: { id: ticket.assigneeId }, select: { displayName: true } });
  throw new AppError("INVALID", `${holder?.displayName ?? "Someone else"} has this ticket: only they record the visit.`);
}

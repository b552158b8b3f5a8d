import { isOpen, type TStatus } from "@/domain/tickets/status";
import type { SlaTargetName } from "@/domain/sla/marks";
import type { Tx } from "@/server/prisma-client";
import { readClocks, thresholdKey } from "./clocks";
import { loadPauseStatuses, matchPolicy } from "./load";
import { recordSlaEvent, syncSlaClocks } from "./sync";

// Every change that moves a ticket's SLA clocks goes through here, inside the transaction of the change:
// the events, the stored due instants and the pending check job commit or roll back with it.

type TPriority = "P1" | "P2" | "P3" | "P4";
type TicketForPolicy = { id: string; priority: TPriority; categoryId: string; teamId: string | null };

// Statuses a person from IT sets by working on the ticket: the first of these answers the "respond" promise.
// ASSIGNED is not one: the system assigns on filing, which tells the reporter nothing.
const HANDS_ON: readonly TStatus[] = ["IN_PROGRESS", "WAITING_ON_CLINICIAN", "WAITING_ON_VENDOR", "RESOLVED", "CLOSED"];

async function applyPolicy(tx: Tx, ticket: TicketForPolicy) {
  const policy = await matchPolicy(tx, ticket);
  const { updatedAt } = await tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { updatedAt: true } });
  await tx.ticket.update({
    where: { id: ticket.id },
    data: {
      slaPolicyId: policy?.id ?? null,
      responseTargetMinutes: policy?.responseMinutes ?? null,
      resolutionTargetMinutes: policy?.resolutionMinutes ?? null,
      responseCalendarId: policy?.responseCalendarId ?? null,
      resolutionCalendarId: policy?.resolutionCalendarId ?? null,
      updatedAt, // set by the command that changed the ticket, not moved by this bookkeeping
    },
    select: { id: true },
  });
  return policy;
}

/** At filing: both clocks start with the targets of the matching policy. */
export async function startSlaClocks(tx: Tx, ticket: TicketForPolicy, now: Date): Promise<void> {
  const policy = await applyPolicy(tx, ticket);
  await recordSlaEvent(tx, { ticketId: ticket.id, kind: "STARTED", target: null, at: now });
  await recordSlaEvent(tx, {
    ticketId: ticket.id, kind: "TARGETS_SET", target: null, at: now,
    data: { policyId: policy?.id ?? null, policy: policy?.name ?? null, priority: ticket.priority, responseMinutes: policy?.responseMinutes ?? null, resolutionMinutes: policy?.resolutionMinutes ?? null },
  });
  await syncSlaClocks(tx, ticket.id, now);
}

/**
 * After a priority, team or category change: the targets of the policy that now matches, counted from filing
 * (pauses still count as pauses). The TARGETS_SET event keeps what they were.
 */
export async function retargetSlaClocks(tx: Tx, ticket: TicketForPolicy, now: Date): Promise<void> {
  const before = await tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { slaPolicyId: true, responseTargetMinutes: true, resolutionTargetMinutes: true } });
  const policy = await applyPolicy(tx, ticket);
  const unchanged = before.slaPolicyId === (policy?.id ?? null) && before.responseTargetMinutes === (policy?.responseMinutes ?? null) && before.resolutionTargetMinutes === (policy?.resolutionMinutes ?? null);
  if (unchanged) return;
  await recordSlaEvent(tx, {
    ticketId: ticket.id, kind: "TARGETS_SET", target: null, at: now,
    data: {
      policyId: policy?.id ?? null, policy: policy?.name ?? null, priority: ticket.priority,
      responseMinutes: policy?.responseMinutes ?? null, resolutionMinutes: policy?.resolutionMinutes ?? null,
      previousResponseMinutes: before.responseTargetMinutes, previousResolutionMinutes: before.resolutionTargetMinutes,
    },
  });
  await syncSlaClocks(tx, ticket.id, now);
}

/**
 * Stops one clock: records the business minutes it counted and whether the promise was kept. A breach found
 * here (the check job had not run yet) is recorded with the same key the job would use, so it counts once.
 */
async function stopClock(tx: Tx, ticketId: string, target: SlaTargetName, now: Date): Promise<void> {
  const read = await readClocks(tx, ticketId, now);
  const clock = read?.clocks.find((candidate) => candidate.target === target);
  if (!clock || clock.stopped) return;
  const elapsedMinutes = Math.round(clock.state.elapsedMs / 60_000);
  await recordSlaEvent(tx, { ticketId, kind: "STOPPED", target, at: now, dueAt: clock.state.dueAt, elapsedMinutes });
  if (clock.state.breached) {
    await recordSlaEvent(tx, { ticketId, kind: "BREACHED", target, at: now, dueAt: clock.state.dueAt, elapsedMinutes, dedupeKey: thresholdKey(ticketId, target, "BREACHED", clock.targetMinutes) });
  } else {
    await recordSlaEvent(tx, { ticketId, kind: "MET", target, at: now, dueAt: clock.state.dueAt, elapsedMinutes });
  }
}

/** IT's first public reply: the response promise is met (or was late). */
export async function recordFirstResponse(tx: Tx, ticketId: string, now: Date): Promise<void> {
  await stopClock(tx, ticketId, "RESPONSE", now);
  await syncSlaClocks(tx, ticketId, now);
}

/**
 * A status change. Staff moving the ticket by hand is a response; waiting on someone else pauses both clocks
 * and getting their answer resumes them; a fix stops both; reopening restarts the resolution clock.
 */
export async function recordStatusChange(tx: Tx, change: { ticketId: string; from: TStatus; to: TStatus; byStaff: boolean }, now: Date): Promise<void> {
  const { ticketId, from, to } = change;
  if (from === to) return;
  const pauses = await loadPauseStatuses(tx);
  if (change.byStaff && HANDS_ON.includes(to)) await stopClock(tx, ticketId, "RESPONSE", now);
  if (isOpen(from) && !isOpen(to)) {
    await stopClock(tx, ticketId, "RESPONSE", now);
    await stopClock(tx, ticketId, "RESOLUTION", now);
  } else if (!isOpen(from) && isOpen(to)) {
    await recordSlaEvent(tx, { ticketId, kind: "RESUMED", target: "RESOLUTION", at: now, data: { from, to } });
    if (pauses.includes(to)) await recordSlaEvent(tx, { ticketId, kind: "PAUSED", target: null, at: now, data: { status: to } });
  } else if (pauses.includes(to) && !pauses.includes(from)) {
    await recordSlaEvent(tx, { ticketId, kind: "PAUSED", target: null, at: now, data: { status: to } });
  } else if (pauses.includes(from) && !pauses.includes(to)) {
    await recordSlaEvent(tx, { ticketId, kind: "RESUMED", target: null, at: now, data: { status: to } });
  }
  await syncSlaClocks(tx, ticketId, now);
}

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

// `updatedAt` is the value the calling command wrote: passed back so this bookkeeping does not move it.
async function applyPolicy(tx: Tx, ticket: TicketForPolicy, updatedAt: Date) {
  const policy = await matchPolicy(tx, ticket);
  await tx.ticket.update({
    where: { id: ticket.id },
    data: {
      slaPolicyId: policy?.id ?? null,
      responseTargetMinutes: policy?.responseMinutes ?? null,
      resolutionTargetMinutes: policy?.resolutionMinutes ?? null,
      responseCalendarId: policy?.responseCalendarId ?? null,
      resolutionCalendarId: policy?.resolutionCalendarId ?? null,
      updatedAt,
    },
    select: { id: true },
  });
  return policy;
}

/** At filing (the ticket was just created at `now`): both clocks start with the targets of the matching policy. */
export async function startSlaClocks(tx: Tx, ticket: TicketForPolicy, now: Date): Promise<void> {
  const policy = await applyPolicy(tx, ticket, now);
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
  const before = await tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { slaPolicyId: true, responseTargetMinutes: true, resolutionTargetMinutes: true, updatedAt: true } });
  const policy = await applyPolicy(tx, ticket, before.updatedAt);
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
 * Stops clocks: records the business minutes each counted and whether its promise was kept. A breach found
 * here (the check job had not run yet) is recorded with the same key the job would use, so it counts once.
 * One read serves every clock: stopping one does not change another's state.
 */
async function stopClocks(tx: Tx, ticketId: string, targets: readonly SlaTargetName[], now: Date): Promise<void> {
  const read = await readClocks(tx, ticketId, now);
  for (const clock of read?.clocks ?? []) {
    if (!targets.includes(clock.target) || clock.stopped) continue;
    const { target } = clock;
    const elapsedMinutes = Math.round(clock.state.elapsedMs / 60_000);
    await recordSlaEvent(tx, { ticketId, kind: "STOPPED", target, at: now, dueAt: clock.state.dueAt, elapsedMinutes });
    if (clock.state.breached) {
      await recordSlaEvent(tx, { ticketId, kind: "BREACHED", target, at: now, dueAt: clock.state.dueAt, elapsedMinutes, dedupeKey: thresholdKey(ticketId, target, "BREACHED", clock.targetMinutes) });
    } else {
      await recordSlaEvent(tx, { ticketId, kind: "MET", target, at: now, dueAt: clock.state.dueAt, elapsedMinutes });
    }
  }
}

/** IT's first public reply: the response promise is met (or was late). */
export async function recordFirstResponse(tx: Tx, ticketId: string, now: Date): Promise<void> {
  await stopClocks(tx, ticketId, ["RESPONSE"], now);
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
  const fixed = isOpen(from) && !isOpen(to);
  // A fix also answers the response promise, if nobody had answered it yet; so does hands-on work by staff.
  if (fixed) await stopClocks(tx, ticketId, ["RESPONSE", "RESOLUTION"], now);
  else if (change.byStaff && HANDS_ON.includes(to)) await stopClocks(tx, ticketId, ["RESPONSE"], now);
  if (!isOpen(from) && isOpen(to)) {
    await recordSlaEvent(tx, { ticketId, kind: "RESUMED", target: "RESOLUTION", at: now, data: { from, to } });
    if (pauses.includes(to)) await recordSlaEvent(tx, { ticketId, kind: "PAUSED", target: null, at: now, data: { status: to } });
  } else if (!fixed && pauses.includes(to) && !pauses.includes(from)) {
    await recordSlaEvent(tx, { ticketId, kind: "PAUSED", target: null, at: now, data: { status: to } });
  } else if (!fixed && pauses.includes(from) && !pauses.includes(to)) {
    await recordSlaEvent(tx, { ticketId, kind: "RESUMED", target: null, at: now, data: { status: to } });
  }
  await syncSlaClocks(tx, ticketId, now);
}

import { z } from "zod";
import { PRIORITIES, type TPriority } from "@/domain/triage/matrix";
import { STATUSES } from "@/domain/tickets/status";

// What the "Ticket" trigger announces (prisma/migrations/*_queue/migration.sql): ids and codes, never text.
// `previousPriority` comes from the trigger (OLD.priority on updates); the listener also remembers what it saw.
export const ZTicketChange = z.object({
  ticketId: z.uuid(),
  op: z.enum(["INSERT", "UPDATE"]),
  version: z.number().int(),
  status: z.enum(STATUSES),
  priority: z.enum(PRIORITIES),
  teamId: z.uuid().nullable(),
  assigneeId: z.uuid().nullable(),
  requesterId: z.uuid(),
  mode: z.string(),
  previousPriority: z.enum(PRIORITIES).nullish(),
});
export type TTicketChange = z.infer<typeof ZTicketChange>;

/** The notification payload as a change, or null for anything malformed (it is then ignored, not trusted). */
export function parseTicketChange(payload: string | undefined): TTicketChange | null {
  if (!payload) return null;
  try {
    const parsed = ZTicketChange.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A new P1, or one raised to P1 from a priority known to have been lower: the queue shows an alert. */
export function becameCritical(change: TTicketChange, previous: TPriority | null | undefined): boolean {
  if (change.priority !== "P1") return false;
  if (change.op === "INSERT") return true;
  const before = change.previousPriority ?? previous;
  return before != null && before !== "P1";
}

/** Who may hear about a change: one ticket's page, or a queue limited to the actor's teams and assignments. */
export type LiveScope =
  | { kind: "ticket"; ticketId: string }
  | { kind: "queue"; userId: string; teamIds: ReadonlySet<string>; everyTeam: boolean };

export function isRelevant(scope: LiveScope, change: TTicketChange): boolean {
  if (scope.kind === "ticket") return change.ticketId === scope.ticketId;
  if (scope.everyTeam) return true;
  return change.assigneeId === scope.userId || (change.teamId !== null && scope.teamIds.has(change.teamId));
}

/** What the browser gets: enough to decide whether to refresh and to link an alert, nothing more. */
export type TLiveEvent = Pick<TTicketChange, "ticketId" | "version" | "status" | "priority" | "op"> & { critical: boolean };

export function toLiveEvent(change: TTicketChange, critical: boolean): TLiveEvent {
  return { ticketId: change.ticketId, version: change.version, status: change.status, priority: change.priority, op: change.op, critical };
}

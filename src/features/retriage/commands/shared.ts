import { env } from "@/env";
import type { Actor } from "@/domain/authz/actor";
import { detectPhi, PHI_KIND_WORDS } from "@/domain/phi/detect";
import { OPEN_STATUSES } from "@/domain/tickets/status";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { isUuid } from "@/features/tickets/queries";
import { ticketsFullyVisibleTo } from "@/features/tickets/visibility";

export { STALE_TICKET_MESSAGE as STALE_MESSAGE } from "@/features/tickets/stale";
import { STALE_TICKET_MESSAGE as STALE_MESSAGE } from "@/features/tickets/stale";

/**
 * The ticket a re-triage is about: staff with the permission, a ticket they may fully see (anything else is
 * NOT_FOUND, so ids reveal nothing), still open, and the version the page showed.
 */
export async function loadForRetriage(actor: Actor, ticketId: string, version: number) {
  assertCan(actor, "ticket:retriage");
  const ticket = isUuid(ticketId)
    ? await db.ticket.findFirst({
        where: { AND: [ticketsFullyVisibleTo(actor), { id: ticketId }] },
        select: {
          id: true, version: true, status: true, priority: true, mode: true, teamId: true, assigneeId: true, locationId: true, categoryId: true,
          createdAt: true, responseDueAt: true, resolutionDueAt: true, team: { select: { name: true } },
        },
      })
    : null;
  if (!ticket) throw new AppError("NOT_FOUND", "We could not find that ticket.");
  if (ticket.version !== version) throw new AppError("CONFLICT", STALE_MESSAGE);
  if (!OPEN_STATUSES.includes(ticket.status)) {
    throw new AppError("INVALID", "This ticket is fixed or closed. Reopen it or file a new one before changing its priority or team.");
  }
  return ticket;
}

/**
 * Staff text is stored but must never hold patient data: refused outright (no redact option), with a field
 * error saying what looked like patient data. The text itself never goes into the message.
 */
export function refusePhi(field: string, value: string, now: Date): void {
  const findings = detectPhi(value, { mrnPattern: env().PHI_MRN_PATTERN, now });
  if (findings.length === 0) return;
  const kinds = [...new Set(findings.map((finding) => PHI_KIND_WORDS[finding.kind]))].join(", ");
  throw new AppError("INVALID", undefined, { [field]: [`This looks like patient information (${kinds}). Remove it and send again.`] });
}

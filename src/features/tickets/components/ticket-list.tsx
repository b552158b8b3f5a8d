import Link from "next/link";
import { PRIORITY_WORDS } from "@/domain/tickets/status";
import { expectationWords } from "@/lib/expectation-words";
import { formatTicketNumber } from "@/lib/ticket-number";
import { badgeFromColumns } from "@/features/sla/components/badge-from-columns";
import { SlaBadge } from "@/features/sla/components/sla-badge";
import type { MyTicketRow } from "../queries";
import { ExpectedBy } from "./expected-by";
import { StatusBadge } from "./status-badge";
import { When } from "./when";

type Props = { rows: MyTicketRow[]; now: Date; timeZone: string; staff?: boolean };

/** "My tickets": one card per ticket, readable on a phone, the whole heading a link to the ticket. */
export function TicketList({ rows, now, timeZone, staff = false }: Props) {
  return (
    <ul className="flex flex-col gap-3">
      {rows.map((ticket) => {
        const { status, firstResponseAt, responseDueAt, resolutionDueAt } = ticket;
        const expected = expectationWords(ticket, now, timeZone);
        // Staff see the clock from the stored columns: no per-row read of SLA events.
        const sla = staff ? badgeFromColumns(ticket) : null;
        return (
          <li key={ticket.id} className="rounded-md bg-paper p-4 shadow-sm">
            <h2 className="text-lg font-bold">
              <Link href={`/tickets/${ticket.id}`} className="text-brand underline underline-offset-4 hover:text-brand-dark">
                <span className="font-mono">{formatTicketNumber(ticket.number)}</span> {ticket.summary}
              </Link>
            </h2>
            <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
              <StatusBadge status={ticket.status} />
              {sla && <SlaBadge clock={sla} now={now.toISOString()} timeZone={timeZone} escalated={ticket.escalatedAt !== null} />}
              <span>
                <span className="sr-only">Priority: </span>
                {PRIORITY_WORDS[ticket.priority]}
              </span>
              <span>{ticket.team ? `Team: ${ticket.team.name}` : "Team: being chosen"}</span>
            </div>
            {expected && (
              <p className="mt-2 font-semibold">
                <ExpectedBy ticket={{ status, firstResponseAt, responseDueAt, resolutionDueAt }} now={now} hospitalZone={timeZone} />
              </p>
            )}
            <p className="mt-1 text-sm text-ink-muted">
              Last change <When at={ticket.updatedAt} now={now} timeZone={timeZone} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}

import Link from "next/link";
import { PRIORITY_WORDS } from "@/domain/tickets/status";
import { expectationWords } from "@/lib/expectation-words";
import { formatTicketNumber } from "@/lib/ticket-number";
import type { MyTicketRow } from "../queries";
import { StatusBadge } from "./status-badge";
import { When } from "./when";

type Props = { rows: MyTicketRow[]; now: Date; timeZone: string };

/** "My tickets": one card per ticket, readable on a phone, the whole heading a link to the ticket. */
export function TicketList({ rows, now, timeZone }: Props) {
  return (
    <ul className="flex flex-col gap-3">
      {rows.map((ticket) => {
        const expected = expectationWords(ticket, now, timeZone);
        return (
          <li key={ticket.id} className="rounded-md bg-paper p-4 shadow-sm">
            <h2 className="text-lg font-bold">
              <Link href={`/tickets/${ticket.id}`} className="text-brand underline underline-offset-4 hover:text-brand-dark">
                <span className="font-mono">{formatTicketNumber(ticket.number)}</span> {ticket.summary}
              </Link>
            </h2>
            <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
              <StatusBadge status={ticket.status} />
              <span>
                <span className="sr-only">Priority: </span>
                {PRIORITY_WORDS[ticket.priority]}
              </span>
              <span>{ticket.team ? `Team: ${ticket.team.name}` : "Team: being chosen"}</span>
            </div>
            {expected && <p className="mt-2 font-semibold">{expected}</p>}
            <p className="mt-1 text-sm text-ink-muted">
              Last change <When at={ticket.updatedAt} now={now} timeZone={timeZone} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}

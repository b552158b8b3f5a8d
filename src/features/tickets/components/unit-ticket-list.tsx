import Link from "next/link";
import { formatTicketNumber } from "@/lib/ticket-number";
import type { UnitTicketRow } from "../queries";
import { StatusBadge } from "./status-badge";
import { When } from "./when";

type Props = { rows: UnitTicketRow[]; now: Date; timeZone: string };

/**
 * Open problems on the unit, summary only, so a nurse can see a problem is already reported. Only tickets the
 * person may open are links; the rest are plain text.
 */
export function UnitTicketList({ rows, now, timeZone }: Props) {
  return (
    <ul className="flex flex-col gap-3">
      {rows.map((ticket) => {
        const title = (
          <>
            <span className="font-mono">{formatTicketNumber(ticket.number)}</span> {ticket.summary}
          </>
        );
        return (
          <li key={ticket.number} className="rounded-md bg-paper p-4 shadow-sm">
            <h2 className="text-lg font-bold">
              {ticket.canOpen ? (
                <Link href={`/tickets/${ticket.id}`} className="text-brand underline underline-offset-4 hover:text-brand-dark">
                  {title}
                </Link>
              ) : (
                title
              )}
            </h2>
            <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
              <StatusBadge status={ticket.status} />
              <span className="text-ink-muted">
                Reported <When at={ticket.createdAt} now={now} timeZone={timeZone} />
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

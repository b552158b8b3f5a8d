import Link from "next/link";
import { PRIORITY_WORDS } from "@/domain/tickets/status";
import { formatTicketNumber } from "@/lib/ticket-number";
import { badgeFromColumns } from "@/features/sla/components/badge-from-columns";
import { EscalatedMark, SlaBadge } from "@/features/sla/components/sla-badge";
import type { PlaceWords } from "../location-words";
import { placeLine } from "../location-words";
import type { QueueRow as Row } from "../queries";
import { ClaimButton } from "./claim-button";
import { DISPATCH_WORDS, QUEUE_STATUS_WORDS } from "./words";

type Props = { row: Row; place: PlaceWords; onsite: boolean; claimable: boolean; now: string; timeZone: string };

const FACT = "inline-flex items-center rounded-full border-2 border-line px-3 py-0.5 text-base font-semibold";

/**
 * One ticket as a card (a phone carried across the wards), focusable as a whole for j/k. On-site work leads with
 * the place, since that is where the technician walks; remote work leads with the summary.
 */
export function QueueRowCard({ row, place, onsite, claimable, now, timeZone }: Props) {
  const number = formatTicketNumber(row.number);
  const sla = badgeFromColumns(row);
  const headingId = `queue-row-${row.id}`;
  return (
    <li
      data-queue-row
      tabIndex={-1}
      aria-labelledby={headingId}
      className="rounded-md border-2 border-transparent bg-paper p-4 shadow-sm outline-none focus:border-brand focus:ring-4 focus:ring-brand focus:ring-offset-2"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 flex-col gap-2">
          {onsite && (
            <p className="text-lg font-bold text-ink">
              <span className="sr-only">Where: </span>
              {placeLine(place)}
            </p>
          )}
          <h2 id={headingId} className="text-lg font-semibold">
            <Link href={`/tickets/${row.id}`} data-open-ticket className="inline-flex min-h-11 items-center text-brand underline underline-offset-4 hover:text-brand-dark">
              <span>
                <span className="font-mono">{number}</span>
                <span className="sr-only">, {PRIORITY_WORDS[row.priority]},</span> {row.summary}
              </span>
            </Link>
          </h2>
          {!onsite && (
            <p className="text-base text-ink-muted">
              <span className="sr-only">Where: </span>
              {placeLine(place)}
            </p>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <span className={`${FACT} ${row.priority === "P1" ? "border-danger text-danger" : "text-ink"}`} aria-hidden>
              {PRIORITY_WORDS[row.priority]}
            </span>
            <span className={FACT}>
              <span className="sr-only">Status: </span>
              {QUEUE_STATUS_WORDS[row.status]}
            </span>
            {sla ? <SlaBadge clock={sla} now={now} timeZone={timeZone} escalated={row.escalatedAt !== null} /> : row.escalatedAt && <EscalatedMark />}
            {row.mode === "ONSITE" && row.dispatchStep && (
              <span className={FACT}>
                <span className="sr-only">Dispatch: </span>
                {DISPATCH_WORDS[row.dispatchStep]}
              </span>
            )}
          </div>
          <p className="text-base">
            {row.assigneeName ? `With ${row.assigneeName}` : "Nobody has it yet"}
            {row.teamName && <span className="text-ink-muted"> · {row.teamName}</span>}
          </p>
        </div>
        {claimable && <ClaimButton ticketId={row.id} version={row.version} ticketLabel={number} />}
      </div>
    </li>
  );
}

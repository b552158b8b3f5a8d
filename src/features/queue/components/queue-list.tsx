import type { QueueLocation, QueueRow } from "../queries";
import { locationIndex, placeWords, walkGroup, type PlaceWords } from "../location-words";
import { QueueRowCard } from "./queue-row";

type Props = {
  rows: QueueRow[];
  locations: readonly QueueLocation[];
  onsite: boolean;
  walk: boolean;
  canClaim: (row: QueueRow) => boolean;
  now: string;
  timeZone: string;
};

type Placed = { row: QueueRow; place: PlaceWords };

/**
 * The rows in SLA order; for a walk, grouped by building and floor (groups in the order of their most urgent
 * ticket, so the walk starts where the worst problem is).
 */
export function QueueList({ rows, locations, onsite, walk, canClaim, now, timeZone }: Props) {
  const index = locationIndex(locations);
  const placed: Placed[] = rows.map((row) => ({ row, place: placeWords(index, row.locationId) }));
  const card = ({ row, place }: Placed) => (
    <QueueRowCard key={row.id} row={row} place={place} onsite={onsite} claimable={canClaim(row)} now={now} timeZone={timeZone} />
  );
  if (!walk) {
    return (
      <ol aria-label="Tickets, most urgent first" className="flex flex-col gap-3">
        {placed.map(card)}
      </ol>
    );
  }
  const groups = new Map<string, Placed[]>();
  for (const item of placed) {
    const key = walkGroup(item.place);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return (
    <div className="flex flex-col gap-6">
      {[...groups].map(([label, items]) => (
        <section key={label} aria-label={label} className="flex flex-col gap-3">
          <h2 className="text-xl font-bold">
            {label} <span className="font-normal text-ink-muted">({items.length === 1 ? "1 ticket" : `${items.length} tickets`})</span>
          </h2>
          <ol className="flex flex-col gap-3">{items.map(card)}</ol>
        </section>
      ))}
    </div>
  );
}

import { formatAbsolute, formatWhen } from "@/lib/time";
import type { DowntimeRow } from "../queries";
import { EndDowntimeButton } from "./end-downtime-button";

type Props = { downtimes: DowntimeRow[]; now: Date; timeZone: string };

/** Running downtimes (each with its End button) and those that ended in the last 30 days. */
export function DowntimeList({ downtimes, now, timeZone }: Props) {
  const running = downtimes.filter((downtime) => downtime.endedAt === null);
  const ended = downtimes.filter((downtime) => downtime.endedAt !== null);
  return (
    <>
      <section aria-labelledby="running-heading" className="flex flex-col gap-3">
        <h2 id="running-heading" className="text-xl font-bold">
          In effect now
        </h2>
        {running.length === 0 ? (
          <p className="text-lg">No downtime is in effect.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {running.map((downtime) => (
              <li key={downtime.id} className="flex flex-col gap-2 rounded-md border-l-8 border-danger bg-paper p-4 shadow-sm">
                <Summary downtime={downtime} now={now} timeZone={timeZone} />
                <div>
                  <EndDowntimeButton downtimeId={downtime.id} title={downtime.title} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ended-heading" className="flex flex-col gap-3">
        <h2 id="ended-heading" className="text-xl font-bold">
          Ended in the last 30 days
        </h2>
        {ended.length === 0 ? (
          <p className="text-lg">None.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {ended.map((downtime) => (
              <li key={downtime.id} className="rounded-md bg-paper p-4 shadow-sm">
                <Summary downtime={downtime} now={now} timeZone={timeZone} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function When({ instant, now, timeZone }: { instant: Date; now: Date; timeZone: string }) {
  return (
    <time dateTime={instant.toISOString()} title={formatAbsolute(instant, timeZone)}>
      {formatWhen(instant, now, timeZone)}
    </time>
  );
}

function Summary({ downtime, now, timeZone }: { downtime: DowntimeRow; now: Date; timeZone: string }) {
  const where = downtime.campusNames.length === 0 ? "Whole hospital" : downtime.campusNames.join(", ");
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-lg font-bold">{downtime.title}</h3>
      <p className="max-w-prose whitespace-pre-line">{downtime.message}</p>
      <p className="text-base text-ink-muted">
        {where}. Declared by {downtime.declaredBy} <When instant={downtime.startedAt} now={now} timeZone={timeZone} />
        {downtime.endedAt && (
          <>
            ; ended by {downtime.endedBy ?? "someone"} <When instant={downtime.endedAt} now={now} timeZone={timeZone} />
          </>
        )}
        .
      </p>
    </div>
  );
}

import type { Actor } from "@/domain/authz/actor";
import { env } from "@/env";
import { formatAbsolute, formatDueTime } from "@/lib/time";
import { activeDowntimesFor, activeHospitalWideDowntimes } from "../queries";

/**
 * The notice above every page while a downtime runs: staff must switch to paper, so it is hard to miss — a
 * thick border and a bold "Downtime:" in words, not colour alone. Without an actor (the sign-in page) only
 * hospital-wide downtimes are shown: we do not know the person's campus yet.
 */
export async function DowntimeBanner({ actor }: { actor: Actor | null }) {
  const downtimes = actor ? await activeDowntimesFor(actor) : await activeHospitalWideDowntimes();
  if (downtimes.length === 0) return null;
  const timeZone = env().HOSPITAL_TIME_ZONE;
  const now = new Date();
  return (
    <section role="region" aria-label="Downtime in effect" className="border-y-4 border-danger bg-warn-bg text-ink">
      <ul className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-3">
        {downtimes.map((downtime) => (
          <li key={downtime.id} className="text-lg">
            <p>
              <strong className="font-bold">Downtime:</strong> <strong className="font-bold">{downtime.title}</strong>{" "}
              <span className="text-base">
                (since{" "}
                <time dateTime={downtime.startedAt.toISOString()} title={formatAbsolute(downtime.startedAt, timeZone)}>
                  {formatDueTime(downtime.startedAt, now, timeZone)}
                </time>
                )
              </span>
            </p>
            <p className="max-w-prose whitespace-pre-line">{downtime.message}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { formatDueTime, formatWhen } from "@/lib/time";
import type { SlaPanel as TSlaPanel } from "../queries";
import { TARGET_LABEL } from "./badge-words";
import { EscalatedMark, SlaBadge } from "./sla-badge";

type Props = { panel: TSlaPanel; now: Date; timeZone: string };

const DUE_VERB = { running: "Due", paused: "Was due", stopped: "Was due" } as const;

/** For IT staff on the ticket page: the policy, both clocks with their due times, and why they are paused. */
export function SlaPanel({ panel, now, timeZone }: Props) {
  return (
    <section aria-labelledby="sla-heading" className="flex flex-col gap-3 rounded-md bg-paper p-5 shadow-sm">
      <h2 id="sla-heading" className="text-xl font-bold">
        Service targets
      </h2>
      <p>{panel.policy}</p>
      {panel.paused && (
        <p className="font-semibold">
          Paused since {formatDueTime(panel.paused.since, now, timeZone)} ({panel.paused.reason})
        </p>
      )}
      {panel.escalatedAt && (
        <p className="flex flex-wrap items-center gap-2">
          <EscalatedMark /> The manager was told {formatWhen(panel.escalatedAt, now, timeZone)}.
        </p>
      )}
      {panel.clocks.length > 0 && (
        <dl className="flex flex-col">
          {panel.clocks.map(({ badge, dueAt }) => (
            <div key={badge.target} className="flex flex-col gap-1 border-b border-canvas py-2 sm:flex-row sm:items-center sm:gap-4">
              <dt className="font-semibold sm:w-52 sm:shrink-0">{TARGET_LABEL[badge.target]}</dt>
              <dd className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <SlaBadge clock={badge} now={now.toISOString()} timeZone={timeZone} />
                {dueAt && (
                  <span>
                    {DUE_VERB[badge.phase]}{" "}
                    <time dateTime={dueAt.toISOString()}>{formatDueTime(dueAt, now, timeZone)}</time>
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

"use client";

import type { SlaTone } from "@/domain/sla/words";
import { formatAbsolute } from "@/lib/time";
import { badgeText, type SlaBadgeInput } from "./badge-words";
import { useNow } from "./use-now";

// Colour only repeats what the words say (WCAG 1.4.1); every pair passes 4.5:1 and the border keeps the
// shape visible in forced-colours mode.
const TONES: Record<SlaTone, string> = {
  ok: "border-brand bg-paper text-brand-dark",
  soon: "border-[#8a5a00] bg-warn-bg text-ink",
  overdue: "border-danger bg-danger text-white",
  paused: "border-line bg-canvas text-ink",
  met: "border-ok bg-ok-bg text-ok",
};

const PILL = "inline-flex items-center rounded-full border-2 px-3 py-0.5 text-base font-semibold";

type Props = {
  clock: SlaBadgeInput;
  /** The server's time of rendering (ISO), so the server HTML and the first client render agree. */
  now: string;
  /** The hospital zone, for the full due time in the tooltip and for screen readers. */
  timeZone: string;
  escalated?: boolean;
};

/** Staff-facing SLA state of one clock, e.g. "Response: 12 min left"; it counts down on its own. */
export function SlaBadge({ clock, now, timeZone, escalated = false }: Props) {
  const at = useNow(Date.parse(now));
  const { tone, text } = badgeText(clock, new Date(at));
  const due = clock.dueAt ? formatAbsolute(new Date(clock.dueAt), timeZone) : null;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className={`${PILL} ${TONES[tone]}`} title={due ? `Due ${due}` : undefined} data-sla-tone={tone}>
        {text}
        {clock.dueAt && due && (
          <time dateTime={clock.dueAt} className="sr-only">
            {`, due ${due}`}
          </time>
        )}
      </span>
      {escalated && <EscalatedMark />}
    </span>
  );
}

/** Shown once a target was breached and the manager told; a word and a shape, not only a colour. */
export function EscalatedMark() {
  return <span className={`${PILL} border-danger bg-paper text-danger`}>Escalated</span>;
}

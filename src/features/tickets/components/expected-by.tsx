"use client";

import { useSyncExternalStore } from "react";
import type { TStatus } from "@/domain/tickets/status";
import { expectationWords } from "@/lib/expectation-words";

type Props = {
  ticket: { status: TStatus; firstResponseAt: Date | null; responseDueAt: Date | null; resolutionDueAt: Date | null };
  /** The server's time of rendering, so "today" and "tomorrow" agree between the HTML and the first render. */
  now: Date;
  /** The hospital's zone: what the server renders before the browser's zone is known. */
  hospitalZone: string;
};

const noChanges = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * "We aim to respond by 10:45 today" in the reader's own time zone: a clinician working away from the hospital
 * (a telehealth nurse, a locum) reads her own clock. The server cannot know that zone, so it renders the
 * hospital's time and the browser swaps in its own right after hydration.
 */
export function ExpectedBy({ ticket, now, hospitalZone }: Props) {
  const timeZone = useSyncExternalStore(noChanges, () => browserZone() || hospitalZone, () => hospitalZone);
  return <>{expectationWords(ticket, now, timeZone)}</>;
}

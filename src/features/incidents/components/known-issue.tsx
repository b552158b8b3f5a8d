"use client";

import { useEffect, useState } from "react";
import { knownIssueAction } from "../actions";
import type { MatchingIncident } from "../match";

type Known = { key: string; incident: MatchingIncident | null };

/**
 * "Known issue": when IT already works on an outage matching the chosen problem and place, says so before the
 * nurse spends time describing it. Fetched again whenever the choice changes; an answer for an earlier choice
 * is never shown.
 */
export function KnownIssue({ categoryId, locationId }: { categoryId: string; locationId: string }) {
  const key = categoryId && locationId ? `${categoryId}|${locationId}` : "";
  const [known, setKnown] = useState<Known>({ key: "", incident: null });
  useEffect(() => {
    if (!key) return;
    let stale = false;
    knownIssueAction({ categoryId, locationId })
      .then((incident) => stale || setKnown({ key, incident }))
      .catch(() => stale || setKnown({ key, incident: null }));
    return () => {
      stale = true;
    };
  }, [key, categoryId, locationId]);
  const incident = key && known.key === key ? known.incident : null;
  if (!incident) return null;
  return (
    <section aria-labelledby="known-issue-heading" aria-live="polite" className="flex flex-col gap-2 rounded-md border-4 border-brand bg-paper p-4">
      <h2 id="known-issue-heading" className="text-xl font-bold">
        Known issue: {incident.title}
      </h2>
      {incident.publicMessage && <p className="text-lg">{incident.publicMessage}</p>}
      <p className="text-lg">
        {incident.ticketCount} {incident.ticketCount === 1 ? "person has" : "people have"} reported this. IT is already working on this. You can
        still report it if it affects you differently.
      </p>
    </section>
  );
}

"use client";

import { useEffect, useState } from "react";
import { knownProblemsAction } from "../actions";
import { knownProblemsKey, type KnownProblemsFor, type SimilarTicket } from "../schemas";

/**
 * The open tickets to offer for the chosen category and place, fetched again whenever either changes. An answer
 * for an earlier choice is never shown for the current one.
 */
export function useKnownProblems(categoryId: string, locationId: string, initial: KnownProblemsFor): SimilarTicket[] {
  const [known, setKnown] = useState(initial);
  const currentKey = knownProblemsKey(categoryId, locationId);

  useEffect(() => {
    if (!currentKey || currentKey === known.key) return;
    let stale = false;
    knownProblemsAction({ categoryId, locationId })
      .then((tickets) => stale || setKnown({ key: currentKey, tickets }))
      // Only an offer: if it cannot be fetched the nurse files as usual.
      .catch(() => stale || setKnown({ key: currentKey, tickets: [] }));
    return () => {
      stale = true;
    };
  }, [categoryId, locationId, currentKey, known.key]);

  return currentKey && known.key === currentKey ? known.tickets : [];
}

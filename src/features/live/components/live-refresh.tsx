"use client";

// Placeholder until live updates land (same props): the queue and ticket pages mount it already.
export type LiveRefreshProps = { scope: "queue" } | { scope: "ticket"; ticketId: string };

export function LiveRefresh(props: LiveRefreshProps) {
  void props;
  return null;
}

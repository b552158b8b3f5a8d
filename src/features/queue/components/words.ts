import type { TStatus } from "@/domain/tickets/status";

// Staff words for a ticket's state: the reporter's words ("Waiting for your reply") read wrongly in a queue.
export const QUEUE_STATUS_WORDS: Record<TStatus, string> = {
  NEW: "New",
  ASSIGNED: "Assigned",
  IN_PROGRESS: "In progress",
  WAITING_ON_CLINICIAN: "Waiting on clinician",
  WAITING_ON_VENDOR: "Waiting on vendor",
  RESOLVED: "Resolved",
  CLOSED: "Closed",
  REOPENED: "Reopened",
};

export const DISPATCH_WORDS: Record<"EN_ROUTE" | "ON_SITE" | "DONE", string> = {
  EN_ROUTE: "On the way",
  ON_SITE: "On site",
  DONE: "Hands-on work done",
};

export const TAB_LABELS = { mine: "Mine", unassigned: "Unassigned", team: "Team", all: "All open" } as const;

export function introWords(role: string): string {
  if (role === "ONSITE_TECH") return "Hands-on tickets for your teams, most urgent first, with where to go.";
  if (role === "REMOTE_AGENT") return "Remote tickets for your teams (applications, accounts, network), most urgent first.";
  return "Every team's tickets, hands-on and remote, most urgent first.";
}

/** What an empty list means, in plain words, and what to do about it. */
export function emptyWords(tab: keyof typeof TAB_LABELS, filtered: boolean, paged: boolean): string {
  if (paged) return "No more tickets. Go back to the most urgent ones.";
  if (filtered) return "No tickets match these filters. Clear the filters to see the whole list.";
  switch (tab) {
    case "mine":
      return "Nothing is assigned to you. Claim a ticket from Unassigned and it appears here.";
    case "unassigned":
      return "Nothing waiting for your team. New tickets appear here within seconds.";
    case "team":
      return "Your teams have no open tickets. New tickets appear here within seconds.";
    case "all":
      return "No open tickets anywhere. New tickets appear here within seconds.";
  }
}

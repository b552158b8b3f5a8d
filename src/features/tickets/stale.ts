// One sentence for every edit refused because the ticket changed since the page showed it (optimistic locking).
export const STALE_TICKET_MESSAGE = "Someone updated this ticket while you were reading it; here is the latest.";

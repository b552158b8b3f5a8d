// Tickets are shown and spoken as WD-000123: easy to read out over a phone.
export function formatTicketNumber(number: number): string {
  return `WD-${String(number).padStart(6, "0")}`;
}

/** Accepts "WD-000123", "wd-123" or "123"; null for anything else. */
export function parseTicketNumber(text: string): number | null {
  const match = /^(?:wd-?)?0*(\d{1,9})$/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}

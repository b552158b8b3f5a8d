// When an email that failed is tried again. Pure, so the schedule is tested without a clock or a database.

/** After this many failed attempts an email stays unsent in the outbox, visible, for someone to look at. */
export const MAX_EMAIL_ATTEMPTS = 10;

const MINUTE_MS = 60_000;
const MAX_DELAY_MINUTES = 60;

/** 1, 2, 4, 8 ... minutes after the 1st, 2nd, 3rd, 4th ... failure, never more than an hour. */
export function retryDelayMinutes(failedAttempts: number): number {
  const exponent = Math.max(0, Math.floor(failedAttempts) - 1);
  return Math.min(2 ** Math.min(exponent, 30), MAX_DELAY_MINUTES);
}

export function nextAttemptAfterFailure(failedAt: Date, failedAttempts: number): Date {
  return new Date(failedAt.getTime() + retryDelayMinutes(failedAttempts) * MINUTE_MS);
}

export function hasGivenUp(attempts: number): boolean {
  return attempts >= MAX_EMAIL_ATTEMPTS;
}

// Sends what the outbox holds. The full SMTP delivery (retries, backoff) is built in this feature; until then
// this is the after-commit hook commands call.
export function kickEmailDelivery(): void {}

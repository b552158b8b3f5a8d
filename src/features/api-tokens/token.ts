import { createHash, randomBytes } from "node:crypto";

// API tokens are `wd_` + 32 random bytes in base64url (256 bits): far beyond guessing, so a plain SHA-256 is
// the right hash (a slow password hash buys nothing against a secret that was never chosen by a person).
// The prefix makes a leaked token recognisable to secret scanners and to the people reading a log.

const TOKEN_PATTERN = /^wd_[A-Za-z0-9_-]{43}$/;

export function generateApiToken(): string {
  return `wd_${randomBytes(32).toString("base64url")}`;
}

/** What the database stores and looks tokens up by: hex SHA-256 of the whole token. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The first characters, shown in lists so an admin can tell tokens apart; too short to be of use to anyone. */
export function tokenDisplayPrefix(token: string): string {
  return token.slice(0, 10);
}

/** Cheap shape check before touching the database. */
export function looksLikeApiToken(text: string): boolean {
  return TOKEN_PATTERN.test(text);
}

/** The service user's email: unique, recognisably not a person's, never a mailbox anyone reads. */
export function serviceUserEmail(name: string, shortId: string): string {
  const slug = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 30)
    .replace(/-+$/, "");
  return `svc-${slug || "system"}-${shortId}@service.warddesk`;
}

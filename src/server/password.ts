// Argon2id, OWASP's first choice for password storage, via a prebuilt native module (no compiler needed).
import { hash, verify } from "@node-rs/argon2";

// OWASP minimum for argon2id: m=19 MiB, t=2, p=1: a fraction of a second once per sign-in, dear per guess.
// The algorithm is left to the library default, which is Argon2id (its const enum cannot be imported here).
const ARGON2ID = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, ARGON2ID);
}

export async function verifyPassword(storedHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(storedHash, plain);
  } catch {
    return false; // a malformed stored hash must fail closed, not throw into the sign-in path
  }
}

// Verified against when the email is unknown, so a wrong email and a wrong password take the same time
// and an attacker cannot learn which accounts exist.
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-that-matches-no-account");
  return decoyHash;
}

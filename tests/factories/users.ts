import { randomUUID } from "node:crypto";
import type { Role } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";
import { hashPassword } from "@/server/password";

export const FACTORY_PASSWORD = "correct horse battery staple";

// Argon2 is slow by design; hash each distinct password once per test file.
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

export async function createUser(
  db: Db,
  overrides: { role?: Role; email?: string; password?: string; disabledAt?: Date | null; displayName?: string } = {},
) {
  const email = overrides.email ?? `user-${randomUUID().slice(0, 8)}@test.hospital`;
  return db.user.create({
    data: {
      email,
      displayName: overrides.displayName ?? "Test User",
      role: overrides.role ?? "CLINICIAN",
      passwordHash: await hashOnce(overrides.password ?? FACTORY_PASSWORD),
      disabledAt: overrides.disabledAt ?? null,
    },
  });
}

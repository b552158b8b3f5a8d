// npm run db:seed: loads the demo hospital (prisma/seed/hospital.ts) into DATABASE_URL. Safe to re-run.
// Seeds run outside the app, so this entry point reads process.env itself instead of going through
// src/env.ts, which would also demand settings only the web server needs (AUTH_SECRET, ...).
import { createPrismaClient } from "@/server/prisma-client";
import { seedHospital, type SeedSummary } from "./seed/seed-hospital";

const DEMO_PASSWORD = "demo-password";

function readSettings(): { databaseUrl: string; password: string } {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set. Example: postgres://postgres@127.0.0.1:5432/warddesk");
  const password = process.env.SEED_PASSWORD;
  if (password) return { databaseUrl, password };
  console.log(`SEED_PASSWORD is not set: new demo accounts get the password "${DEMO_PASSWORD}". For demos only.`);
  return { databaseUrl, password: DEMO_PASSWORD };
}

function describe(summary: SeedSummary, elapsedMs: number): string {
  const users = `${summary.users} users (${summary.usersCreated} new, ${summary.usersUpdated} updated)`;
  return (
    `Seeded demo hospital in ${elapsedMs} ms: ${summary.locations} locations, ${summary.teams} teams, ` +
    `${summary.categories} categories, ${users}, ${summary.teamMembers} team memberships.`
  );
}

async function main(): Promise<void> {
  const { databaseUrl, password } = readSettings();
  // One transaction runs on one connection; a bigger pool would only open sockets nobody uses.
  const db = createPrismaClient(databaseUrl, 2);
  try {
    const startedAt = performance.now();
    const summary = await seedHospital(db, { password, now: new Date() });
    console.log(describe(summary, Math.round(performance.now() - startedAt)));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

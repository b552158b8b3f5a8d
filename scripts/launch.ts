// `npm run dev` / `npm start`: one command from a fresh clone to a working WardDesk.
// Without DATABASE_URL it runs an embedded PostgreSQL keeping its data in .data/, applies migrations and seeds
// the demo hospital on first start. With DATABASE_URL it uses that server and never seeds unless asked
// (SEED_DEMO=1): demo accounts with a known password must not appear in a real hospital's database.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { deployMigrations } from "./db/migrations";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded-postgres";
import { seedHospital } from "../prisma/seed/seed-hospital";
import { createPrismaClient } from "../src/server/prisma-client";

const mode = process.argv[2] === "start" ? "start" : "dev";
const projectRoot = path.resolve(import.meta.dirname, "..");
// WARDDESK_DATA_DIR lets tests (and unusual installs) keep the embedded database elsewhere.
const dataDir = path.resolve(process.env.WARDDESK_DATA_DIR || path.join(projectRoot, ".data"));

function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

// A stable secret per checkout, so sessions survive restarts of a laptop demo; real deployments set AUTH_SECRET.
function localAuthSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function seedIfEmpty(url: string): Promise<void> {
  const db = createPrismaClient(url, 2);
  try {
    if ((await db.user.count()) > 0) return;
    const password = process.env.SEED_PASSWORD || "demo-password";
    const summary = await seedHospital(db, { password, now: new Date() });
    console.log(`WardDesk: seeded the demo hospital (${summary.users} accounts; password "${password}", demo only).`);
  } finally {
    await db.$disconnect();
  }
}

async function prepareDatabase(): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  const external = process.env.DATABASE_URL;
  if (external) {
    console.log(`WardDesk: database is PostgreSQL at ${describeUrl(external)} (from DATABASE_URL).`);
    return { url: external, embedded: null };
  }
  const embedded = await startEmbeddedPostgres(path.join(dataDir, "postgres"));
  const where = path.relative(projectRoot, path.join(dataDir, "postgres"));
  console.log(`WardDesk: database is the embedded PostgreSQL in ${where} (${describeUrl(embedded.url)}).`);
  return { url: embedded.url, embedded };
}

function runNext(env: NodeJS.ProcessEnv): Promise<number> {
  const nextBin = path.join(projectRoot, "node_modules", ".bin", "next");
  const child = spawn(nextBin, [mode], { stdio: "inherit", env, cwd: projectRoot });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main(): Promise<void> {
  const { url, embedded } = await prepareDatabase();
  try {
    const applied = await deployMigrations(url);
    if (applied.length) console.log(`WardDesk: applied migrations ${applied.join(", ")}.`);
    if (embedded || process.env.SEED_DEMO === "1") await seedIfEmpty(url);
    const authSecret = process.env.AUTH_SECRET || (embedded || mode === "dev" ? localAuthSecret() : undefined);
    if (!authSecret) throw new Error("AUTH_SECRET is not set. Generate one with: openssl rand -base64 32");
    process.exitCode = await runNext({ ...process.env, DATABASE_URL: url, AUTH_SECRET: authSecret, NEXT_TELEMETRY_DISABLED: "1" });
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`WardDesk could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

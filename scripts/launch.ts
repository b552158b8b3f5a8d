// `npm run dev` / `npm start`: one command from a fresh clone to a working WardDesk.
// Without DATABASE_URL it runs an embedded PostgreSQL keeping its data in .data/, applies migrations and seeds
// the demo hospital on first start. With DATABASE_URL it uses that server and never seeds unless asked
// (SEED_DEMO=1): demo accounts with a known password must not appear in a real hospital's database.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { deployMigrations } from "./db/migrations";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded-postgres";
import { seedHospital } from "../prisma/seed/seed-hospital";
import { createPrismaClient } from "../src/server/prisma-client";
import { ensureSlaDefaults } from "../src/features/sla/defaults";

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

const timeZone = process.env.HOSPITAL_TIME_ZONE || "America/New_York";

// Every database gets the default SLA policies once (a hospital edits them from there); demo data only when
// asked for or embedded.
async function prepareData(url: string, seedDemo: boolean): Promise<void> {
  const db = createPrismaClient(url, 2);
  try {
    if ((await ensureSlaDefaults(db, timeZone)).created) console.log(`WardDesk: created the default SLA policies and calendars (${timeZone}).`);
    if (!seedDemo || (await db.user.count()) > 0) return;
    const password = process.env.SEED_PASSWORD || "demo-password";
    const summary = await seedHospital(db, { password, now: new Date(), timeZone });
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

// The job worker (SLA warnings, escalation, email) runs beside Next in its own process: no timers in the web
// process. WORKER=off leaves it to a separately run `npm run worker` (e.g. one per site, or in another container).
function startWorker(env: NodeJS.ProcessEnv): ChildProcess | null {
  if (process.env.WORKER === "off") return null;
  const tsxBin = path.join(projectRoot, "node_modules", ".bin", "tsx");
  const child = spawn(tsxBin, ["scripts/worker.ts"], { stdio: "inherit", env, cwd: projectRoot });
  child.on("exit", (code, signal) => {
    if (signal !== "SIGTERM" && signal !== "SIGINT") console.error(`WardDesk: the job worker stopped (${signal ?? `exit ${code}`}); SLA warnings wait until it runs again.`);
  });
  return child;
}

async function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 12_000))]);
}

async function main(): Promise<void> {
  const { url, embedded } = await prepareDatabase();
  try {
    const applied = await deployMigrations(url);
    if (applied.length) console.log(`WardDesk: applied migrations ${applied.join(", ")}.`);
    await prepareData(url, Boolean(embedded) || process.env.SEED_DEMO === "1");
    const authSecret = process.env.AUTH_SECRET || (embedded || mode === "dev" ? localAuthSecret() : undefined);
    if (!authSecret) throw new Error("AUTH_SECRET is not set. Generate one with: openssl rand -base64 32");
    const childEnv = { ...process.env, DATABASE_URL: url, AUTH_SECRET: authSecret, NEXT_TELEMETRY_DISABLED: "1" };
    const worker = startWorker(childEnv);
    try {
      process.exitCode = await runNext(childEnv);
    } finally {
      await stopChild(worker);
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`WardDesk could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

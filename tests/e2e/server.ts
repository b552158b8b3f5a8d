// The server e2e tests run against: a fresh database, the real launcher (migrations, demo seed), `next start`.
import { spawn } from "node:child_process";
import path from "node:path";
import { recreateDatabase } from "../setup/test-database";
import { E2E_AUTH_SECRET, E2E_DATABASE } from "./config";

const url = await recreateDatabase(E2E_DATABASE);
const root = path.resolve(import.meta.dirname, "../..");
const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/launch.ts", "start"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: url,
    SEED_DEMO: "1",
    SEED_PASSWORD: "demo-password",
    AUTH_SECRET: E2E_AUTH_SECRET,
    PORT: process.env.E2E_PORT ?? "3100",
    HOSTNAME: "127.0.0.1",
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

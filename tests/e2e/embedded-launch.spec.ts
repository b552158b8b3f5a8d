// `npm start` with no DATABASE_URL: the launcher runs an embedded PostgreSQL, migrates, seeds once and serves;
// a second start finds the data where it left it. Uses the production build the e2e tier already made.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./config";

const root = path.resolve(import.meta.dirname, "../..");
const port = 3990;
const baseURL = `http://127.0.0.1:${port}`;

type Launch = { child: ChildProcess; output: () => string };

function launch(dataDir: string): Launch {
  const env: NodeJS.ProcessEnv = { ...process.env, WARDDESK_DATA_DIR: dataDir, EMBEDDED_PG_PORT: "54391", PORT: String(port), HOSTNAME: "127.0.0.1" };
  delete env.DATABASE_URL;
  delete env.AUTH_SECRET;
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/launch.ts", "start"], { cwd: root, env });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function waitUntilHealthy(run: Launch): Promise<void> {
  await expect
    .poll(async () => (await fetch(`${baseURL}/api/health`).catch(() => null))?.status ?? run.output(), { timeout: 90_000 })
    .toBe(200);
}

async function stop(run: Launch): Promise<void> {
  const exited = new Promise((resolve) => run.child.once("exit", resolve));
  run.child.kill("SIGTERM");
  await exited;
}

test("with no DATABASE_URL the app runs on an embedded PostgreSQL that keeps its data", async ({ page }) => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "warddesk-embedded-"));
  chmodSync(dataDir, 0o755); // the embedded server runs as an unprivileged user when the tests run as root
  try {
    const first = launch(dataDir);
    await waitUntilHealthy(first);
    expect(first.output()).toContain("database is the embedded PostgreSQL");
    expect(first.output()).toContain("applied migrations");
    expect(first.output()).toContain("seeded the demo hospital");
    await page.goto(`${baseURL}/login`);
    await page.getByLabel("Email").fill(DEMO_ACCOUNTS.CLINICIAN);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/tickets`);
    await stop(first);

    const second = launch(dataDir);
    await waitUntilHealthy(second);
    expect(second.output()).toContain("database is the embedded PostgreSQL");
    expect(second.output()).not.toContain("applied migrations");
    expect(second.output()).not.toContain("seeded the demo hospital");
    // Same data and same generated secret: the session cookie from the first run is still good.
    await page.goto(`${baseURL}/tickets`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My tickets");
    await stop(second);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

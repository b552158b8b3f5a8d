import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (no downloaded browsers on this network) against a production
// build served by `next start` on its own database (tests/e2e/server.ts).
// Each run picks its own port and database unless told otherwise, so two runs on one machine never drop each
// other's database. Set here in the runner, the values reach the workers through their inherited environment.
// Next refuses ports browsers treat as unsafe (3659 is the one in this range); the live spec's second
// instance listens 2000 higher, where none fall.
const REFUSED_BY_NEXT = new Set([3659]);
function runPort(pid: number): number {
  const candidate = 3100 + (pid % 800);
  return REFUSED_BY_NEXT.has(candidate) ? candidate + 1 : candidate;
}
process.env.E2E_PORT ??= String(runPort(process.pid));
process.env.E2E_DATABASE ??= `warddesk_e2e_${process.env.E2E_PORT}`;
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: "tests/e2e",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /mobile\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: {
    command: "tsx tests/e2e/server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port), E2E_DATABASE: process.env.E2E_DATABASE },
  },
});

// Live updates: a change committed by one person shows on everyone else's open page within 2 seconds, without a
// reload, also when the two people are served by different app instances (Postgres LISTEN/NOTIFY to SSE).
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { DEMO_ACCOUNTS, E2E_AUTH_SECRET, E2E_DATABASE_URL, SECOND_CLINICIAN } from "./config";
import { expect, signInByEmail, test } from "./fixtures";
import { query } from "./helpers";

const LIVE_WITHIN = { timeout: 2_500 };

/** An on-site ticket for the demo clinician on 4 West, routed to the team of the demo on-site technician. */
async function insertTicket(summary: string, priority: "P1" | "P2" = "P2"): Promise<string> {
  const [ticket] = await query<{ id: string }>(
    `INSERT INTO "Ticket" (id, summary, details, priority, impact, urgency, mode, "triageExplanation", "categoryId", "teamId",
       "requesterId", "filedById", "locationId", "callbackNumber", "idempotencyKey", "updatedAt", "responseDueAt", "resolutionDueAt")
     SELECT gen_random_uuid(), $1, 'Blank labels since the roll change.', $2::"Priority", 'UNIT', 'CARE_SLOWED', 'ONSITE', 'From the answers.',
       c.id, t.id, u.id, u.id, u."homeUnitId", 'ext 4412', gen_random_uuid()::text, now(), now() + interval '30 minutes', now() + interval '8 hours'
     FROM "User" u, "Category" c, "Team" t
     WHERE u.email = 'clinician@demo.hospital' AND c.slug = 'printer-labels' AND t.slug = 'riverside-onsite'
     RETURNING id`,
    [summary, priority],
  );
  await query(
    `INSERT INTO "TicketEvent" (id, "ticketId", "actorId", type, data)
     SELECT gen_random_uuid(), id, "requesterId", 'CREATED'::"TicketEventType", '{"onBehalf": false, "redactions": 0}'::jsonb FROM "Ticket" WHERE id = $1`,
    [ticket!.id],
  );
  return ticket!.id;
}

/** A signed-in page in its own browser context (own cookies), opened at `path` and following live changes. */
async function openLive(browser: Browser, baseURL: string, email: string, path: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await signInByEmail(context, baseURL, email);
  const page = await context.newPage();
  await page.goto(path);
  // Changes before the stream is listening would be missed by design (the page was rendered just before).
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  return page;
}

test("the clinician's open ticket shows the technician's reply live, keeping a half-typed message", async ({ browser, baseURL, page, signInAs }) => {
  const id = await insertTicket(`Label printer blank ${randomUUID().slice(0, 6)}`);
  const nurse = await openLive(browser, baseURL!, DEMO_ACCOUNTS.CLINICIAN, `/tickets/${id}`);
  const draft = "It also jams when I print wristbands";
  await nurse.getByLabel("Add a message").fill(draft);

  await signInAs("ONSITE_TECH");
  await page.goto(`/tickets/${id}`);
  const reply = `On my way with a new roll ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Your reply").fill(reply);
  await page.getByRole("button", { name: "Send message" }).click();

  await expect(nurse.getByRole("region", { name: "What has happened" }).getByText(reply)).toBeVisible(LIVE_WITHIN);
  await expect(nurse.getByLabel("Add a message")).toHaveValue(draft);
  await nurse.context().close();
});

/** A second `next start` on the same database, as a load balancer's second node would be. */
function startSecondInstance(port: number): { child: ChildProcess; output: () => string } {
  const root = path.resolve(import.meta.dirname, "../..");
  let output = "";
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, AUTH_SECRET: E2E_AUTH_SECRET, WORKER: "off" },
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function waitUntilHealthy(baseURL: string, output: () => string): Promise<void> {
  await expect.poll(async () => (await fetch(`${baseURL}/api/health`).catch(() => null))?.status ?? output(), { timeout: 90_000 }).toBe(200);
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

test.describe("with a second app instance on the same database", () => {
  test.describe.configure({ mode: "serial" });
  const port = Number(process.env.E2E_PORT ?? "3100") + 2000;
  const secondURL = `http://127.0.0.1:${port}`;
  let second: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const started = startSecondInstance(port);
    second = started.child;
    await waitUntilHealthy(secondURL, started.output);
  });

  test.afterAll(() => stop(second));

  test("a status change made through instance 1 shows live on a page served by instance 2", async ({ browser, page, signInAs }) => {
    const id = await insertTicket(`Label printer blank ${randomUUID().slice(0, 6)}`);
    const nurse = await openLive(browser, secondURL, DEMO_ACCOUNTS.CLINICIAN, `/tickets/${id}`);

    await signInAs("ONSITE_TECH");
    await page.goto(`/tickets/${id}`);
    const staff = page.getByRole("region", { name: "For IT staff" });
    await staff.getByLabel("New status").selectOption({ label: "Working on it" });
    await staff.getByRole("button", { name: "Change status" }).click();

    await expect(nurse.getByRole("region", { name: "What has happened" }).getByText("Status: Being worked on")).toBeVisible(LIVE_WITHIN);
    await nurse.context().close();
  });

  test("a page whose instance went away says so, and catches up on what it missed once it is back", async ({ browser, page, signInAs }) => {
    test.setTimeout(120_000);
    const id = await insertTicket(`Label printer blank ${randomUUID().slice(0, 6)}`);
    const nurse = await openLive(browser, secondURL, DEMO_ACCOUNTS.CLINICIAN, `/tickets/${id}`);
    await stop(second);
    await expect(nurse.getByText("Reconnecting…")).toBeVisible();

    await signInAs("ONSITE_TECH");
    await page.goto(`/tickets/${id}`);
    const reply = `Parts ordered ${randomUUID().slice(0, 6)}`;
    await page.getByLabel("Your reply").fill(reply);
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(page.getByRole("region", { name: "What has happened" }).getByText(reply)).toBeVisible();

    const restarted = startSecondInstance(port);
    second = restarted.child;
    await waitUntilHealthy(secondURL, restarted.output);
    await expect(nurse.getByText("Live", { exact: true })).toBeVisible({ timeout: 10_000 });
    await expect(nurse.getByRole("region", { name: "What has happened" }).getByText(reply)).toBeVisible(LIVE_WITHIN);
    await nurse.context().close();
  });
});

test("a new P1 for the technician's team appears in their open queue with an alert", async ({ browser, baseURL }) => {
  const tech = await openLive(browser, baseURL!, DEMO_ACCOUNTS.ONSITE_TECH, "/queue");
  const summary = `Code cart monitor dark ${randomUUID().slice(0, 6)}`;
  const id = await insertTicket(summary, "P1");

  const alert = tech.getByRole("alert").filter({ hasText: "New P1 ticket in your queue" });
  await expect(alert).toBeVisible(LIVE_WITHIN);
  await expect(alert.getByRole("link", { name: "Open the critical ticket" })).toHaveAttribute("href", `/tickets/${id}`);
  await expect(tech.getByText(summary)).toBeVisible(LIVE_WITHIN);
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await expect(alert).toHaveCount(0);
  await tech.context().close();
});

test("the live stream checks who is asking", async ({ browser, baseURL, playwright }) => {
  const id = await insertTicket(`Label printer blank ${randomUUID().slice(0, 6)}`);
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(`/api/live?ticket=${id}`)).status()).toBe(401);
  await anonymous.dispose();

  const other = await browser.newContext({ baseURL });
  await signInByEmail(other, baseURL!, SECOND_CLINICIAN);
  expect((await other.request.get(`/api/live?ticket=${id}`)).status()).toBe(404);
  expect((await other.request.get("/api/live?scope=queue")).status()).toBe(403);
  await other.close();
});

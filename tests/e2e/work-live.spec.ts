// The queue's promise end to end, in real browsers on the real server: a technician claims, sets off, arrives
// and fixes while the reporter watches the ticket change by itself; two technicians see each other's claims
// without reloading; a change made on a stale page is refused with the fresh state shown.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "./config";
import { expect, signInByEmail, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

const LIVE = { timeout: 2_500 };
const SECOND_ONSITE_TECH = "kelly.nguyen@demo.hospital";

/** An unassigned on-site ticket for the demo clinician on 4 West, in the Riverside on-site team's queue. */
async function insertOnsiteTicket(summary: string): Promise<string> {
  const [ticket] = await query<{ id: string }>(
    `INSERT INTO "Ticket" (id, summary, details, priority, impact, urgency, mode, "triageExplanation", "categoryId", "teamId",
       "requesterId", "filedById", "locationId", "callbackNumber", "idempotencyKey", "updatedAt", "responseDueAt", "resolutionDueAt", "slaDueAt")
     SELECT gen_random_uuid(), $1, 'Labels come out blank.', 'P2', 'UNIT', 'CARE_SLOWED', 'ONSITE', 'P2 from the answers.',
       c.id, t.id, u.id, u.id, u."homeUnitId", 'ext 4412', gen_random_uuid()::text, now(), now() + interval '30 minutes', now() + interval '8 hours', now() + interval '30 minutes'
     FROM "User" u, "Category" c, "Team" t
     WHERE u.email = $2 AND c.slug = 'printer-labels' AND t.slug = 'riverside-onsite'
     RETURNING id`,
    [summary, DEMO_ACCOUNTS.CLINICIAN],
  );
  return ticket!.id;
}

async function openAs(browser: import("@playwright/test").Browser, baseURL: string, email: string, path: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await signInByEmail(context, baseURL, email);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test("an on-site technician claims, sets off, arrives and fixes while the reporter's page follows live", async ({ page, signInAs, browser, baseURL }) => {
  const id = await insertOnsiteTicket(`Label printer blank ${randomUUID().slice(0, 6)}`);
  const reporter = await openAs(browser, baseURL!, DEMO_ACCOUNTS.CLINICIAN, `/tickets/${id}`);
  const reporterTimeline = reporter.getByRole("region", { name: "What has happened" });

  await signInAs("ONSITE_TECH");
  await page.goto(`/tickets/${id}`);
  await page.getByRole("button", { name: "Take this ticket" }).click();
  await expect(reporterTimeline).toContainText("Dev Patel took this ticket", LIVE);

  await page.getByRole("button", { name: "I'm on my way" }).click();
  await expect(reporterTimeline).toContainText("A technician is on the way", LIVE);
  await page.getByRole("button", { name: "I'm there" }).click();
  await expect(reporterTimeline).toContainText("The technician has arrived", LIVE);
  await page.getByRole("button", { name: "Done on site" }).click();
  await expect(reporterTimeline).toContainText("finished the hands-on work", LIVE);

  const staff = page.getByRole("region", { name: "For IT staff" });
  await staff.getByLabel("New status").selectOption("RESOLVED");
  await staff.getByRole("button", { name: "Change status" }).click();
  await expect(reporterTimeline).toContainText("Status: Fixed: please confirm", LIVE);
  await expect(reporter.getByRole("button", { name: /Yes, it.s fixed/ })).toBeVisible(LIVE);

  // The visit's instants are kept, so travel and hands-on time are known.
  const [visit] = await query<{ travel: boolean; handsOn: boolean }>(
    `SELECT "onSiteAt" >= "enRouteAt" AS travel, "handsOnDoneAt" >= "onSiteAt" AS "handsOn" FROM "Ticket" WHERE id = $1`,
    [id],
  );
  expect(visit).toEqual({ travel: true, handsOn: true });
  await expectNoAxeViolations(reporter);
  await reporter.context().close();
});

test("two technicians see each other's claims in the queue without reloading", async ({ page, signInAs, browser, baseURL }) => {
  const word = `zq${randomUUID().slice(0, 6)}`;
  const id = await insertOnsiteTicket(`Wristband printer jammed ${word}`);
  const queuePath = `/queue?tab=unassigned&q=${word}`;
  const kelly = await openAs(browser, baseURL!, SECOND_ONSITE_TECH, queuePath);
  await signInAs("ONSITE_TECH");
  await page.goto(queuePath);
  await expect(page.getByText(`Wristband printer jammed ${word}`)).toBeVisible();
  await expect(kelly.getByText(`Wristband printer jammed ${word}`)).toBeVisible();

  await page.getByRole("button", { name: /^Claim/ }).first().click();
  // Kelly's Unassigned tab drops the ticket Dev took, by itself.
  await expect(kelly.getByText(`Wristband printer jammed ${word}`)).toHaveCount(0, LIVE);
  const [row] = await query<{ email: string }>(`SELECT u.email FROM "Ticket" t JOIN "User" u ON u.id = t."assigneeId" WHERE t.id = $1`, [id]);
  expect(row?.email).toBe(DEMO_ACCOUNTS.ONSITE_TECH);
  await kelly.context().close();
});

test("two technicians racing for one ticket: one owner, and the other is told who took it", async ({ page, signInAs, browser, baseURL }) => {
  const word = `zr${randomUUID().slice(0, 6)}`;
  const id = await insertOnsiteTicket(`Label printer race ${word}`);
  const queuePath = `/queue?tab=unassigned&q=${word}`;
  const kelly = await openAs(browser, baseURL!, SECOND_ONSITE_TECH, queuePath);
  await signInAs("ONSITE_TECH");
  await page.goto(queuePath);
  const claims = [page, kelly].map((racer) => racer.getByRole("button", { name: /^Claim/ }).first());
  await Promise.all(claims.map((button) => expect(button).toBeVisible()));

  await Promise.all(claims.map((button) => button.click()));
  // A click returns once dispatched, not once the claim committed: wait for the owner to exist.
  const owner = async () =>
    (await query<{ name: string }>(`SELECT u."displayName" AS name FROM "Ticket" t JOIN "User" u ON u.id = t."assigneeId" WHERE t.id = $1`, [id]))[0]?.name ?? null;
  await expect.poll(owner).not.toBeNull();
  const name = (await owner())!;
  const winner = name === "Dev Patel" ? page : kelly;
  const loser = winner === page ? kelly : page;
  await expect(winner.getByRole("status").filter({ hasText: "It's yours" })).toBeVisible();
  await expect(loser.getByRole("status").filter({ hasText: `${name} took this ticket` })).toBeVisible();
  const [claimEvents] = await query<{ count: string }>(`SELECT count(*) FROM "TicketEvent" WHERE "ticketId" = $1 AND type = 'CLAIMED'`, [id]);
  expect(Number(claimEvents!.count)).toBe(1);
  await kelly.context().close();
});

test("a status change from a stale page is refused with the fresh state shown", async ({ page, signInAs, browser, baseURL }) => {
  const id = await insertOnsiteTicket(`Label printer offline ${randomUUID().slice(0, 6)}`);
  await signInAs("ONSITE_TECH");
  // As if this page lost its live connection: it keeps showing what it loaded.
  await page.route("**/api/live**", (route) => route.abort());
  await page.goto(`/tickets/${id}`);
  const staff = page.getByRole("region", { name: "For IT staff" });
  await expect(staff.getByLabel("New status")).toBeVisible();

  const manager = await openAs(browser, baseURL!, DEMO_ACCOUNTS.MANAGER, `/tickets/${id}`);
  const managerStaff = manager.getByRole("region", { name: "For IT staff" });
  await managerStaff.getByLabel("New status").selectOption("IN_PROGRESS");
  await managerStaff.getByRole("button", { name: "Change status" }).click();
  await expect(managerStaff.getByText("Saved: Being worked on.")).toBeVisible();

  await staff.getByLabel("New status").selectOption("WAITING_ON_VENDOR");
  await staff.getByRole("button", { name: "Change status" }).click();
  await expect(staff.getByText("Someone updated this ticket while you were reading it")).toBeVisible();
  await expect(page.getByRole("region", { name: "What has happened" })).toContainText("Status: Being worked on");
  const [row] = await query<{ status: string }>(`SELECT status::text FROM "Ticket" WHERE id = $1`, [id]);
  expect(row?.status).toBe("IN_PROGRESS");
  await manager.context().close();
});

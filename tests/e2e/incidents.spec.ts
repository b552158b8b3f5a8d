// Outages: three Wi-Fi reports from one building become a proposal, a technician confirms it, and a nurse
// about to report the same thing sees it as a known issue. Wi-Fi is used by no other spec, so nothing here
// leaks into journeys running in parallel.
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

const marker = `Wi-Fi drops ${randomUUID().slice(0, 6)}`;

/** A Wi-Fi report as intake would have filed it for the demo clinician on their home unit. */
async function insertWifiTicket(summary: string): Promise<void> {
  await query(
    `INSERT INTO "Ticket" (id, summary, details, priority, impact, urgency, mode, "triageExplanation", "categoryId", "teamId",
       "requesterId", "filedById", "locationId", "callbackNumber", "idempotencyKey", "updatedAt", "responseDueAt", "resolutionDueAt")
     SELECT gen_random_uuid(), $1, 'Tablets keep dropping off the network.', 'P3', 'UNIT', 'CARE_SLOWED', 'REMOTE', 'P3 from the answers', c.id,
       c."defaultTeamId", u.id, u.id, u."homeUnitId", 'ext 4412', gen_random_uuid()::text, now(), now() + interval '1 hour', now() + interval '1 day'
     FROM "User" u, "Category" c
     WHERE u.email = 'clinician@demo.hospital' AND c.slug = 'network-wifi'`,
    [summary],
  );
}

async function cleanUp() {
  // Resolve what this spec opened so no later report (here or in another spec) joins it.
  await query(
    `UPDATE "MajorIncident" SET status = 'RESOLVED', "resolvedAt" = now()
     WHERE status = 'OPEN' AND "categoryId" = (SELECT id FROM "Category" WHERE slug = 'network-wifi')`,
  );
  await query(`UPDATE "Ticket" SET status = 'RESOLVED', "resolvedAt" = now() WHERE summary LIKE $1`, [`${marker}%`]);
}

test.beforeAll(cleanUp);
test.afterAll(cleanUp);

test("a technician confirms three Wi-Fi reports as one outage and a nurse then sees it as a known issue", async ({ page, signInAs }) => {
  for (const n of [1, 2, 3]) await insertWifiTicket(`${marker} ${n}`);

  await signInAs("ONSITE_TECH");
  await page.goto("/incidents");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outages");
  const proposal = page.getByRole("article").filter({ hasText: `${marker} 1` });
  await expect(proposal).toContainText(/Wi-Fi not working — .+, \d+ reports/);
  await expect(proposal).toContainText(`${marker} 3`);
  await expectNoAxeViolations(page);

  await proposal.getByLabel("Outage name").fill("");
  await proposal.getByLabel("Message for people reporting it").fill("Wi-Fi is down in this building.");
  await proposal.getByRole("button", { name: "Confirm outage" }).click();
  await expect(proposal.getByLabel("Outage name")).toHaveAttribute("aria-invalid", "true");
  await expect(proposal.getByLabel("Message for people reporting it")).toHaveValue("Wi-Fi is down in this building.");

  const title = `Wi-Fi outage ${marker}`;
  await proposal.getByLabel("Outage name").fill(title);
  await proposal.getByRole("button", { name: "Confirm outage" }).click();
  // The result is said once, where focus lands; the proposal is gone (its reports are linked) and the outage is listed as confirmed with all of them.
  const open = page.getByRole("region", { name: "Confirmed outages" }).getByRole("listitem").filter({ hasText: title });
  await expect(open).toContainText(/\d+ reports · Wi-Fi is down in this building\./);
  await expect(page.getByRole("article").filter({ hasText: `${marker} 1` })).toHaveCount(0);
  await expect(page.locator('[role="status"]', { hasText: /Outage confirmed\. \d+ reports are linked to it\./ })).toBeFocused();
  await expectNoAxeViolations(page);

  await page.context().clearCookies();
  await signInAs("CLINICIAN");
  await page.goto("/tickets/new");
  await page.getByLabel("Search the problem list").fill("wifi");
  await expect(page.getByLabel("Category").locator("option:checked")).toHaveText("Wi-Fi not working");
  const notice = page.getByRole("region", { name: `Known issue: ${title}` });
  await expect(notice).toContainText("Wi-Fi is down in this building.");
  await expect(notice).toContainText("IT is already working on this. You can still report it if it affects you differently.");
  await expectNoAxeViolations(page);

  await page.context().clearCookies();
  await signInAs("ONSITE_TECH");
  await page.goto("/incidents");
  await page.getByRole("button", { name: `Resolved: ${title}` }).click();
  await expect(page.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
});

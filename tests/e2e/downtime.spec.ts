// A manager declares a downtime for one campus; a nurse there sees it above every page until it is ended.
// Other specs run in parallel against the same hospital, so the downtime has a unique title and never
// outlives this spec: ended in the journey itself and, should that fail, by SQL afterwards.
import { DEMO_ACCOUNTS } from "./config";
import { expect, signInByEmail, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

const title = `EHR unavailable ${Math.random().toString(36).slice(2, 8)}`;
const message = "Use downtime procedures: paper orders and the downtime report binder.";

test.afterAll(async () => {
  await query(`UPDATE "Downtime" SET "endedAt" = now() WHERE title = $1 AND "endedAt" IS NULL`, [title]);
});

test("a manager's campus downtime shows on a nurse's pages until it is ended", async ({ page, browser, baseURL, signInAs }) => {
  await signInAs("MANAGER");
  await page.goto("/downtime");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Downtime");

  // Nothing typed: field errors, and the ticked campus is still ticked.
  const campuses = page.getByRole("group", { name: "Which campuses?" });
  await campuses.getByLabel("Riverside Medical Center").check();
  await page.getByRole("button", { name: "Declare downtime" }).click();
  await expect(page.getByLabel("Title")).toBeFocused();
  await expect(page.getByText("Give the downtime a short title")).toBeVisible();
  await expect(campuses.getByLabel("Riverside Medical Center")).toBeChecked();

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("What staff should do").fill(message);
  await page.getByRole("button", { name: "Declare downtime" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Downtime declared: ${title}` })).toBeVisible();
  const running = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(running).toContainText("Riverside Medical Center");
  await expectNoAxeViolations(page);

  const nurse = await browser.newContext({ baseURL });
  await signInByEmail(nurse, baseURL!, DEMO_ACCOUNTS.CLINICIAN); // home unit 4 West, Riverside
  const nursePage = await nurse.newPage();
  for (const path of ["/tickets", "/tickets/new"]) {
    await nursePage.goto(path);
    const banner = nursePage.getByRole("region", { name: "Downtime in effect" });
    await expect(banner).toContainText(`Downtime: ${title}`);
    await expect(banner).toContainText(message);
    await expect(banner).toContainText(/since \d\d:\d\d/);
  }
  await expectNoAxeViolations(nursePage);

  await running.getByRole("button", { name: "End downtime" }).click();
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) })).toContainText("ended by");
  await nursePage.reload();
  await expect(nursePage.getByText(title)).toHaveCount(0);
  await nurse.close();
});

// A manager changes the normal-priority response target and closes the desk calendar for a day, and sees both
// saved. The policy is put back afterwards (other specs file P3 tickets); the holiday lies far in the future so no
// running clock moves while the suite runs.
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

const HOLIDAY_DATE = "2099-12-24";
const HOLIDAY_NAME = `Desk closed ${Math.random().toString(36).slice(2, 7)}`;
let original: { id: string; responseMinutes: number } | undefined;

test.beforeAll(async () => {
  [original] = await query<{ id: string; responseMinutes: number }>(
    `SELECT id, "responseMinutes" FROM "SlaPolicy" WHERE priority = 'P3' AND "categoryId" IS NULL AND "teamId" IS NULL AND active ORDER BY "createdAt" LIMIT 1`,
  );
});

test.afterAll(async () => {
  if (original) await query(`UPDATE "SlaPolicy" SET "responseMinutes" = $2 WHERE id = $1`, [original.id, original.responseMinutes]);
  await query(`DELETE FROM "SlaHoliday" WHERE name = $1`, [HOLIDAY_NAME]);
});

test("a manager changes the P3 response target and adds a holiday", async ({ page, signInAs }) => {
  expect(original, "the seed gives every database a P3 policy").toBeDefined();
  await signInAs("MANAGER");
  await page.goto("/admin/sla");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("SLA policies");
  await expectNoAxeViolations(page);

  const policies = page.getByRole("table", { name: "Policies" });
  const p3 = policies.getByRole("row").filter({ hasText: "Normal (P3)" }).filter({ hasText: "All categories" });
  await p3.getByRole("link", { name: /^Edit/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit SLA policy");
  await expectNoAxeViolations(page);
  const response = page.getByRole("group", { name: "First response within" });
  await response.getByLabel("Time").fill("3");
  await response.getByLabel("Unit").selectOption("hours");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page).toHaveURL(/\/admin\/sla\?saved=policy$/);
  await expect(page.getByRole("status").filter({ hasText: "Policy saved" })).toBeVisible();
  await expect(p3.getByRole("cell").nth(2)).toContainText("3 hours");

  const desk = page.getByRole("table", { name: "Calendars" }).getByRole("row").filter({ hasText: "Service desk hours" });
  await desk.getByRole("link", { name: /^Edit/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Calendar: Service desk hours");
  await expect(page.getByLabel("Open on Monday")).toBeChecked();
  await expectNoAxeViolations(page);
  const add = page.getByRole("form", { name: "Add a holiday" });
  await add.getByLabel("Date").fill(HOLIDAY_DATE);
  await add.getByLabel("Holiday name").fill(HOLIDAY_NAME);
  await add.getByRole("button", { name: "Add holiday" }).click();
  await expect(add.getByRole("status")).toContainText(`Holiday added: ${HOLIDAY_NAME}`);
  const row = page.getByRole("table", { name: "Holidays" }).getByRole("row").filter({ hasText: HOLIDAY_NAME });
  await expect(row).toContainText("December 24, 2099");

  await page.reload();
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: `Remove ${HOLIDAY_NAME}` }).click();
  await expect(page.getByRole("table", { name: "Holidays" }).getByRole("row").filter({ hasText: HOLIDAY_NAME })).toHaveCount(0);
});

test("a refused policy keeps what the manager typed", async ({ page, signInAs }) => {
  await signInAs("MANAGER");
  await page.goto("/admin/sla/policies/new");
  await page.getByLabel("Name").fill("Too quick a fix");
  const fix = page.getByRole("group", { name: "Fixed within" });
  await page.getByRole("group", { name: "First response within" }).getByLabel("Time").fill("0");
  await fix.getByLabel("Time").fill("2");
  await page.getByRole("button", { name: "Add policy" }).click();
  await expect(page.getByRole("alert").first()).toContainText("The policy was not saved");
  await expect(page.getByLabel("Name")).toHaveValue("Too quick a fix");
  await expect(fix.getByLabel("Time")).toHaveValue("2");
  await expectNoAxeViolations(page);
});

test("a clinician is refused the SLA settings", async ({ page, signInAs }) => {
  await signInAs("CLINICIAN");
  const response = await page.goto("/admin/sla");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
});

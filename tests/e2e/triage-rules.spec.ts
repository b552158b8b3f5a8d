// An admin adds a triage rule, tries it on a sample, and the next ticket a clinician files follows it, with the
// rule named in "Why this priority". The rule keys on a random nonsense word so parallel specs never match it.
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "./config";
import { expect, signInByEmail, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

const word = `zx${Math.random().toString(36).slice(2, 8)}`;
const ruleName = `ED ${word} wristbands`;

test.afterAll(async () => {
  // However the test ended, the rule must not outlive it.
  await query(`DELETE FROM "TriageRule" WHERE name = $1`, [ruleName]);
});

async function addRule(page: Page) {
  const form = page.locator("#rule-form");
  await form.getByLabel("Rule name").fill(ruleName);
  await form.getByLabel("Places").selectOption({ label: "Emergency Department" });
  await form.getByLabel("Words in the summary").fill(word);
  await form.getByLabel("Raise the priority to").selectOption("P1");
  await form.getByLabel("Add tags").fill("ed-wristband");
  await form.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: ruleName })).toContainText("raise to P1");
}

test("an admin's new rule applies to the next ticket, with its reason shown", async ({ page, browser, baseURL, signInAs }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/triage");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Triage rules");
  await expect(page.getByRole("table", { name: "Priority matrix" })).toBeVisible();
  await expectNoAxeViolations(page);
  await addRule(page);

  const tryIt = page.getByRole("form", { name: "Try it" });
  await tryIt.getByLabel("Category").selectOption({ label: "Label printer (specimens, medications)" });
  await tryIt.getByLabel("Place").selectOption({ label: "Emergency Department" });
  await tryIt.getByLabel("Who is affected").selectOption({ label: "my unit" });
  await tryIt.getByLabel("How care is affected").selectOption({ label: "patient care is slowed but there is a workaround" });
  await tryIt.getByLabel("Summary").fill(`Wristband printer ${word} smudged`);
  await tryIt.getByRole("button", { name: "Try it" }).click();
  await expect(tryIt.getByRole("status")).toContainText("P1");
  await expect(tryIt.getByRole("status")).toContainText(`by rule`);
  await expect(tryIt.getByRole("status")).toContainText(ruleName);
  await expect(tryIt.getByRole("status")).toContainText("ed-wristband");

  const nurse = await browser.newContext({ baseURL });
  await signInByEmail(nurse, baseURL!, DEMO_ACCOUNTS.CLINICIAN);
  const nursePage = await nurse.newPage();
  await nursePage.goto("/tickets/new");
  await nursePage.getByLabel("Summary").fill(`Wristband printer ${word} smudged`);
  await nursePage.getByLabel("Search the problem list").fill("zebra");
  await nursePage.getByLabel("Location").selectOption({ label: "Emergency Department" });
  await nursePage.getByRole("group", { name: "How many people are affected?" }).getByLabel("My unit", { exact: true }).check();
  await nursePage.getByRole("group", { name: "How is patient care affected right now?" }).getByLabel("Care is slowed but there is a workaround", { exact: true }).check();
  await nursePage.getByRole("group", { name: "Is a patient at risk because of this?" }).getByLabel("No", { exact: true }).check();
  await nursePage.getByRole("button", { name: "Send report" }).click();
  await expect(nursePage).toHaveURL(/\/tickets\/[0-9a-f-]{36}(\?filed=1)?$/);
  const fact = (term: string) => nursePage.locator("dt").getByText(term, { exact: true }).locator("xpath=following-sibling::dd[1]");
  await expect(fact("Priority")).toContainText("P1");
  await expect(fact("Why this priority")).toContainText(`raised to P1 by rule`);
  await expect(fact("Why this priority")).toContainText(ruleName);
  await nurse.close();

  // Turn it off, then delete it: the list is empty of it afterwards.
  await page.goto("/admin/triage");
  const item = page.getByRole("listitem").filter({ hasText: ruleName });
  await item.getByRole("button", { name: /^Turn off rule/ }).click();
  await expect(item).toContainText("(off)");
  await item.getByRole("button", { name: /^Delete rule/ }).click();
  await expect(page.getByRole("listitem").filter({ hasText: ruleName })).toHaveCount(0);
});

// A nurse reporting from a phone (the "phone" project runs *mobile.spec.ts on a Pixel 7): the form fits the
// screen, every control is thumb-sized, and filing works by touch.
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./helpers";

test("a clinician reports a problem from a phone", async ({ page, signInAs }) => {
  await signInAs("CLINICIAN");
  await page.goto("/tickets/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report a problem");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  const form = page.getByRole("form", { name: "Report a problem" });
  for (const control of await form.locator("input:not([type=hidden]):not([type=radio]), select, textarea, button, label:has(input[type=radio])").all()) {
    const box = await control.boundingBox();
    expect(box!.height, await control.evaluate((element) => element.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
  }

  const summary = `Wristband printer smudges ${Date.now()}`;
  await page.getByLabel("Summary").fill(summary);
  await page.getByLabel("Search the problem list").fill("wristband");
  await expect(page.getByLabel("Category").locator("option:checked")).toHaveText("Wristband printer");
  await page.getByText("Just me", { exact: true }).tap();
  await page.getByText("No effect on care", { exact: true }).tap();
  await page.getByRole("group", { name: "Is a patient at risk because of this?" }).getByText("No", { exact: true }).tap();
  await page.getByRole("button", { name: "Send report" }).tap();
  await expect(page).toHaveURL(/\/tickets\/[0-9a-f-]{36}(?:\?filed=1)?$/);
});

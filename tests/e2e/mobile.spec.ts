// A technician walking a ward with a phone: the pages fit the screen and targets stay large.
import { expect, test } from "./fixtures";

test("the queue fits a phone screen without sideways scrolling, with thumb-sized targets", async ({ page, signInAs }) => {
  await signInAs("ONSITE_TECH");
  await page.goto("/queue");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Work queue");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const target of await page.locator("header a, header button").all()) {
    const box = await target.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
});

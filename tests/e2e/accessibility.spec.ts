// Automated WCAG 2.2 A/AA checks (axe-core) on every page a role can reach. They catch contrast, labels,
// landmarks and names; keyboard use is checked by hand-written steps below.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { ROLE_HOME, ROLES } from "../../src/domain/authz/roles";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("the sign-in page has no WCAG A/AA violations, also when showing errors", async ({ page }) => {
  await page.goto("/login");
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
});

for (const role of ROLES) {
  test(`${role}'s home has no WCAG A/AA violations`, async ({ page, signInAs }) => {
    await signInAs(role);
    await page.goto(ROLE_HOME[role]);
    expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
  });
}

test("sign-in works with the keyboard alone", async ({ page }) => {
  await page.goto("/login");
  await page.keyboard.press("Tab"); // skip link first
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type("clinician@demo.hospital");
  await page.keyboard.press("Tab");
  await page.keyboard.type("demo-password");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/tickets");
});

// Automated WCAG 2.2 A/AA checks (axe-core) on every page a role can reach. They catch contrast, labels,
// landmarks and names; keyboard use is checked by hand-written steps below.
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./helpers";
import { ROLE_HOME, ROLES } from "../../src/domain/authz/roles";

test("the sign-in page has no WCAG A/AA violations, also when showing errors", async ({ page }) => {
  await page.goto("/login");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const role of ROLES) {
  test(`${role}'s home has no WCAG A/AA violations`, async ({ page, signInAs }) => {
    await signInAs(role);
    await page.goto(ROLE_HOME[role]);
    await expectNoAxeViolations(page);
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

// The one spec that signs in through the form, as people do.
import { expect, test } from "@playwright/test";
import { ROLE_HOME, ROLES } from "../../src/domain/authz/roles";
import { PAGES, type PagePath } from "../../src/domain/authz/pages";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./config";

async function signIn(page: import("@playwright/test").Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

for (const role of ROLES) {
  test(`${role} signs in and lands on ${ROLE_HOME[role]}`, async ({ page }) => {
    await signIn(page, DEMO_ACCOUNTS[role], DEMO_PASSWORD);
    await expect(page).toHaveURL(ROLE_HOME[role]);
    const home = ROLE_HOME[role] as PagePath;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAGES[home].label);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
}

test("a wrong password gets a clear error and keeps the email", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.CLINICIAN, "not-the-password");
  await expect(page.getByText("That email and password do not match.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(DEMO_ACCOUNTS.CLINICIAN);
  await expect(page).toHaveURL(/\/login/);
});

test("missing answers are flagged on their own fields", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter an email like name@hospital.org.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
});

test("signing out ends the session on the server, not just in the browser", async ({ page, context }) => {
  await signIn(page, DEMO_ACCOUNTS.MANAGER, DEMO_PASSWORD);
  await expect(page).toHaveURL("/reports/sla");
  const cookiesWhileSignedIn = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  // Replaying the old cookie (a copied or stolen one) must not get back in.
  await context.addCookies(cookiesWhileSignedIn);
  await page.goto("/reports/sla");
  await expect(page).toHaveURL(/\/login\?next=%2Freports%2Fsla/);
});

test("after sign-in the user returns to the page they asked for", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin/);
  await page.getByLabel("Email").fill(DEMO_ACCOUNTS.ADMIN);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/admin");
});

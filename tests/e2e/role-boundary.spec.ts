// Every signed-in page x every role and anonymous, generated from the permission list: there is no second,
// hand-kept table of who may open what.
import { expect, test } from "./fixtures";
import { roleHasPermission } from "../../src/domain/authz/authorize";
import { PAGE_PATHS, PAGES } from "../../src/domain/authz/pages";
import { ROLES } from "../../src/domain/authz/roles";

for (const path of PAGE_PATHS) {
  test(`anonymous visitor to ${path} is sent to sign in`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(`/login?next=${encodeURIComponent(path)}`);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });

  for (const role of ROLES) {
    const allowed = roleHasPermission(role, PAGES[path].permission);
    test(`${role} ${allowed ? "opens" : "is refused"} ${path}`, async ({ page, signInAs }) => {
      await signInAs(role);
      const response = await page.goto(path);
      if (allowed) {
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAGES[path].label);
      } else {
        expect(response?.status()).toBe(403);
        await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
      }
    });
  }
}

test("a clinician asking for the SLA report gets a 403 page that explains itself", async ({ page, signInAs }) => {
  await signInAs("CLINICIAN");
  const response = await page.goto("/reports/sla");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("Your role does not include this page.")).toBeVisible();
  await page.getByRole("link", { name: "Go to your start page" }).click();
  await expect(page).toHaveURL("/tickets");
});

test("navigation offers only what the role may open", async ({ page, signInAs }) => {
  await signInAs("MANAGER");
  await page.goto("/reports/sla");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const path of PAGE_PATHS) {
    const link = nav.getByRole("link", { name: PAGES[path].label, exact: true });
    if (PAGES[path].nav && roleHasPermission("MANAGER", PAGES[path].permission)) await expect(link).toBeVisible();
    else await expect(link).toHaveCount(0);
  }
});

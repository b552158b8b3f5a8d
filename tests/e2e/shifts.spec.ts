// An admin adds a shift to a team's rota and sees it listed; a bad time is answered beside the field with the
// input kept. The shift uses odd minutes on a Sunday night so it cannot be confused with the seeded rota.
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

const START = "03:17";
const END = "04:41";

test.afterAll(async () => {
  // However the test ended, the shift must not outlive it.
  await query(`DELETE FROM "TeamShift" WHERE "startMinute" = 197 AND "endMinute" = 281`);
});

test("an admin adds a shift to a team and sees it listed", async ({ page, signInAs }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/shifts");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shifts and on-call");
  await expectNoAxeViolations(page);

  const form = page.getByRole("form", { name: "Add a weekly shift" });
  await form.getByLabel("Team").selectOption({ label: "Biomedical Engineering" });
  await form.getByLabel("Who works it").selectOption({ label: "Grace Liu" });
  await form.getByLabel("Day it starts").selectOption({ label: "Sunday" });
  await form.getByLabel("Starts at").fill("3am");
  await form.getByLabel("Ends at").fill(END);
  await form.getByRole("button", { name: "Add shift" }).click();

  // The bad time is named at the field, and everything typed is still there.
  await expect(form.getByLabel("Starts at")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("24-hour clock, e.g. 07:00 or 19:30")).toBeVisible();
  await expect(form.getByLabel("Ends at")).toHaveValue(END);
  await expect(form.getByLabel("Who works it")).toHaveValue(/.+/);

  await form.getByLabel("Starts at").fill(START);
  await form.getByRole("button", { name: "Add shift" }).click();
  await expect(form.getByRole("status")).toHaveText("The shift was added.");

  const biomed = page.getByRole("region", { name: "Biomedical Engineering" });
  const row = biomed.getByRole("row").filter({ hasText: `${START} to ${END}` });
  await expect(row).toContainText("Sunday");
  await expect(row).toContainText("Grace Liu");
  await expectNoAxeViolations(page);

  await row.getByRole("button", { name: /Remove/ }).click();
  await expect(biomed.getByRole("row").filter({ hasText: `${START} to ${END}` })).toHaveCount(0);
});

// An admin edits the directory WardDesk routes by. Only 'email-problem' is changed (no other spec relies on
// its team), and it is put back however the test ends; Priya Raman joins and leaves Security Operations; the room added to Endoscopy has a name used nowhere else.
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

let originalTeamId: string | null = null;

test.beforeAll(async () => {
  const [row] = await query<{ defaultTeamId: string | null }>(`SELECT "defaultTeamId" FROM "Category" WHERE slug = 'email-problem'`);
  originalTeamId = row?.defaultTeamId ?? null;
});

const ROOM = `Spare scope store ${Date.now().toString(36)}`;

test.afterAll(async () => {
  await query(
    `DELETE FROM "TeamMember" WHERE "teamId" = (SELECT id FROM "Team" WHERE slug = 'security-ops') AND "userId" = (SELECT id FROM "User" WHERE "displayName" = 'Priya Raman')`,
  );
  await query(`DELETE FROM "Location" WHERE kind = 'ROOM' AND name = $1`, [ROOM]);
  await query(`UPDATE "Category" SET "defaultTeamId" = $1, name = 'Email not working' WHERE slug = 'email-problem'`, [originalTeamId]);
});

test("an admin changes a category's default team and sees it listed", async ({ page, signInAs }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/categories");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Categories");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Edit Email not working", exact: true }).click();
  const form = page.getByRole("form", { name: "Edit “Email not working”" });
  await expect(form).toBeVisible();
  await expectNoAxeViolations(page);

  // A name too short is answered at the field, and the team chosen is kept.
  await form.getByLabel("Default team").selectOption({ label: "Biomedical Engineering" });
  await form.getByLabel(/^Name/).fill("Em");
  await form.getByRole("button", { name: "Save category" }).click();
  await expect(form.getByLabel(/^Name/)).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel(/^Name/)).toBeFocused();
  await expect(form.getByLabel(/^Name/)).toHaveValue("Em");
  await expect(form.getByLabel("Default team")).toHaveValue(/.+/);
  await expect(form.getByLabel("Default team").locator("option:checked")).toHaveText("Biomedical Engineering");

  await form.getByLabel(/^Name/).fill("Email not working");
  await form.getByRole("button", { name: "Save category" }).click();
  await expect(page.getByText("Saved “Email not working”.")).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Email not working", exact: true }) });
  await expect(row).toContainText("Biomedical Engineering");
});

test("an admin adds a room to a unit and sees it in the tree", async ({ page, signInAs }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/locations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Locations");
  await expectNoAxeViolations(page);

  await page.locator("summary").filter({ hasText: /^Main Tower/ }).click(); // opens the building's fold
  await page.getByRole("link", { name: "Edit Endoscopy", exact: true }).click();
  const form = page.getByRole("form", { name: "Add a room to Endoscopy" });
  await expect(form).toBeVisible();
  await expectNoAxeViolations(page);

  // A name that clashes with an existing room's code is answered at the field, with the name kept.
  await form.getByLabel("Room name").fill("scope");
  await form.getByRole("button", { name: "Add room" }).click();
  await expect(form.getByLabel("Room name")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Room name")).toHaveValue("scope");

  await form.getByLabel("Room name").fill(ROOM);
  await form.getByRole("button", { name: "Add room" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added “${ROOM}”.`);
  await expect(page.getByRole("list", { name: "Rooms in Endoscopy" })).toContainText(ROOM);
});

test("an admin adds a person to a team, is told about a duplicate, and removes them", async ({ page, signInAs }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/teams");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Teams and members");
  await expectNoAxeViolations(page);

  const team = page.getByRole("region", { name: "Security Operations" });
  const form = team.getByRole("form", { name: "Add a person to Security Operations" });
  await form.getByLabel("Person to add").selectOption({ label: "Tom Brennan" });
  await form.getByRole("button", { name: "Add to team" }).click();
  await expect(form.getByLabel("Person to add")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("This person is already on the team.")).toBeVisible();
  await expect(form.getByLabel("Person to add").locator("option:checked")).toHaveText("Tom Brennan");

  await form.getByLabel("Person to add").selectOption({ label: "Priya Raman" });
  await form.getByRole("button", { name: "Add to team" }).click();
  await expect(form.getByRole("status")).toHaveText("Added to the team.");
  const row = team.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Priya Raman" }) });
  await expect(row).toContainText("Member");

  await row.getByRole("button", { name: "Make lead: Priya Raman" }).click();
  await expect(row).toContainText("Team lead");
  await team.getByRole("button", { name: "Remove Priya Raman from Security Operations" }).click();
  await expect(team.getByRole("rowheader", { name: "Priya Raman" })).toHaveCount(0);
});

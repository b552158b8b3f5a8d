// The queue on a phone carried across the wards: cards, the place first, targets big enough for a thumb.
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

test("an on-site technician reads and claims from a phone", async ({ page, signInAs }) => {
  const word = `zq${Math.random().toString(36).slice(2, 9).replace(/\d/g, "x")}`;
  await query(
    `INSERT INTO "Ticket" (id, summary, priority, impact, urgency, mode, "categoryId", "teamId", "requesterId", "filedById", "locationId",
        "callbackNumber", "idempotencyKey", "updatedAt", "slaDueAt")
     SELECT gen_random_uuid(), $1, 'P2', 'UNIT', 'CARE_SLOWED', 'ONSITE',
        (SELECT id FROM "Category" WHERE "defaultMode" = 'ONSITE' ORDER BY "sortOrder" LIMIT 1),
        (SELECT id FROM "Team" WHERE slug = 'riverside-onsite'), u.id, u.id,
        (SELECT id FROM "Location" WHERE code = 'RMC-A-4-4W'), 'ext 4412', gen_random_uuid()::text, now(), now() + interval '20 minutes'
     FROM "User" u WHERE u.email = 'clinician@demo.hospital'`,
    [`Bedside scanner offline ${word}`],
  );
  await signInAs("ONSITE_TECH");
  await page.goto(`/queue?q=${word}`);
  const row = page.locator("[data-queue-row]").first();
  await expect(row).toContainText("4 West Med-Surg");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const claim = row.getByRole("button", { name: /^Claim/ });
  expect((await claim.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect((await row.getByRole("link").boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await expectNoAxeViolations(page);
  await claim.tap();
  await expect(page.getByText("It's yours.")).toBeVisible();
});

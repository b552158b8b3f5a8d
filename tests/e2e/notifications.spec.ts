// A nurse files a problem, sees the unread badge in the header, reads her notifications, opens one and marks
// the rest read. She is a fresh account so other specs filing tickets as the demo clinician cannot change her count.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, signInByEmail, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

async function signInAsNewNurse(context: BrowserContext, baseURL: string): Promise<{ userId: string; email: string }> {
  const email = `notified-${Math.random().toString(36).slice(2, 10)}@demo.hospital`;
  await query(
    `INSERT INTO "User" (id, email, "displayName", role, "homeUnitId", phone, "updatedAt")
     SELECT gen_random_uuid(), $1, 'Night Nurse', 'CLINICIAN', id, 'ext. 4999', now() FROM "Location" WHERE kind = 'UNIT' AND name = '4 West Med-Surg'`,
    [email],
  );
  return { userId: await signInByEmail(context, baseURL, email), email };
}

async function fileReport(page: Page): Promise<string> {
  await page.goto("/tickets/new");
  await page.getByLabel("Summary").fill("Label printer prints blank labels");
  await page.getByLabel("Category").selectOption({ label: "Label printer (specimens, medications)" });
  await page.getByRole("group", { name: "How many people are affected?" }).getByLabel("Just me", { exact: true }).check();
  await page.getByRole("group", { name: "How is patient care affected right now?" }).getByLabel("No effect on care", { exact: true }).check();
  await page.getByRole("group", { name: "Is a patient at risk because of this?" }).getByLabel("No", { exact: true }).check();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page).toHaveURL(/\/tickets\/[0-9a-f-]{36}/);
  return /\/tickets\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}

test("a nurse sees her unread notifications, opens one and marks the rest read", async ({ page, context, baseURL }) => {
  const { userId } = await signInAsNewNurse(context, baseURL!);
  const header = page.getByRole("banner");
  await page.goto("/tickets");
  await expect(header.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();

  const ticketId = await fileReport(page);
  const [ticket] = await query<{ number: number }>(`SELECT number FROM "Ticket" WHERE id = $1 AND "requesterId" = $2`, [ticketId, userId]);
  const number = `WD-${String(ticket!.number).padStart(6, "0")}`;
  // IT moves the ticket on: the notification its status change leaves (the status commands come later).
  await query(
    `INSERT INTO "Notification" (id, "userId", "ticketId", kind, title, "createdAt") VALUES (gen_random_uuid(), $1, $2, 'STATUS_CHANGED', $3, now() + interval '1 second')`,
    [userId, ticketId, `${number} is now: Being worked on`],
  );

  await page.goto("/tickets");
  const badgeLink = header.getByRole("link", { name: "Notifications, 2 unread" });
  await expect(badgeLink).toBeVisible();
  await expect(badgeLink).toContainText("2");
  await badgeLink.click();

  await expect(page).toHaveURL("/notifications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications");
  const items = page.getByRole("list", { name: "Notifications, newest first" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(`New${number} is now: Being worked on`);
  await expect(items.nth(1)).toContainText(`New${number} received: we are on it`);
  await expectNoAxeViolations(page);

  await items.nth(0).getByRole("link", { name: `${number} is now: Being worked on` }).click();
  await expect(page).toHaveURL(`/tickets/${ticketId}`);
  await expect(header.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();

  await page.goto("/notifications");
  await expect(items.nth(0)).not.toContainText("New");
  await expect(items.nth(1)).toContainText("New");
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 notification marked as read." })).toBeVisible();
  await expect(header.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await expect(header.getByRole("link", { name: /unread/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
  await expect(items.filter({ hasText: "New" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const unread = await query<{ count: string }>(`SELECT count(*) FROM "Notification" WHERE "userId" = $1 AND "readAt" IS NULL`, [userId]);
  expect(Number(unread[0]!.count)).toBe(0);
});

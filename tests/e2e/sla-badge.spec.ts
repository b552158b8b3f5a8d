// Service targets where tickets show: IT staff read each clock as words and colour ("Response: 15 min left")
// with its due time; the clinician reads the promise ("We aim to respond by 10:45") in her own time zone.
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "./config";
import { expect, signInByEmail, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

const TICKET_URL = /\/tickets\/([0-9a-f-]{36})(?:\?filed=1)?$/;
const HOSPITAL_ZONE = "America/New_York";

const unique = (text: string) => `${text} ${Math.random().toString(36).slice(2, 8)}`;

async function answer(page: Page, legend: string, choice: string) {
  await page.getByRole("group", { name: legend }).getByLabel(choice, { exact: true }).check();
}

type Answers = { affected: string; care: string };
const P1: Answers = { affected: "My unit", care: "Care is blocked" };
const P4: Answers = { affected: "Just me", care: "No effect on care" };

/** Files a label printer problem on 4 West through the form and returns the new ticket's id. */
async function fileThroughForm(page: Page, summary: string, answers: Answers): Promise<string> {
  await page.goto("/tickets/new");
  await page.getByLabel("Summary").fill(summary);
  await page.getByLabel("Category").selectOption({ label: "Label printer (specimens, medications)" });
  await page.getByLabel("Location").selectOption({ label: "4 West Med-Surg › Room 412" });
  await answer(page, "How many people are affected?", answers.affected);
  await answer(page, "How is patient care affected right now?", answers.care);
  await answer(page, "Is a patient at risk because of this?", "No");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page).toHaveURL(TICKET_URL);
  return TICKET_URL.exec(page.url())![1]!;
}

type SlaRow = { priority: string; createdAt: Date; responseDueAt: Date };

async function slaOf(id: string): Promise<SlaRow> {
  const [row] = await query<SlaRow>(`SELECT priority, "createdAt", "responseDueAt" FROM "Ticket" WHERE id = $1`, [id]);
  return row!;
}

/** "14:05": a 24-hour clock time in a zone, as the app writes it. */
function clockIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

test("IT staff see a P1's response due 15 minutes after filing, counting down, in words and colour", async ({ page, signInAs, browser, baseURL }) => {
  await signInAs("CLINICIAN");
  const id = await fileThroughForm(page, unique("Label printer down for the whole unit"), P1);
  const ticket = await slaOf(id);
  expect(ticket.priority).toBe("P1");
  expect(ticket.responseDueAt.getTime() - ticket.createdAt.getTime()).toBe(15 * 60_000);
  // The clinician never sees the staff panel.
  await expect(page.getByRole("region", { name: "Service targets" })).toHaveCount(0);

  const context = await browser.newContext();
  await signInByEmail(context, baseURL!, DEMO_ACCOUNTS.REMOTE_AGENT);
  const staff = await context.newPage();
  await staff.goto(`/tickets/${id}`);
  const panel = staff.getByRole("region", { name: "Service targets" });
  await expect(panel).toContainText("P1: respond within 15 min, fix within 4 h, around the clock");
  const response = panel.getByRole("definition").first();
  await expect(response).toContainText(/Response: 1[45] min left/);
  await expect(response.locator("[data-sla-tone]")).toHaveAttribute("data-sla-tone", "ok");
  // The due time in the hospital's zone, as words, and exactly as a machine-readable instant.
  await expect(response).toContainText(`Due ${clockIn(ticket.responseDueAt, HOSPITAL_ZONE)}`);
  await expect(response.locator(`time[datetime="${ticket.responseDueAt.toISOString()}"]`)).toHaveCount(2);
  await expect(panel.getByRole("definition").nth(1)).toContainText(/Fix: (3 h 5\d min|4 h) left/);
  await expectNoAxeViolations(staff);
  await context.close();
});

test("staff see the badge on their own ticket list, from the stored columns", async ({ page, signInAs }) => {
  await signInAs("ONSITE_TECH");
  await page.goto("/tickets/new");
  await page.getByLabel("Reporting for someone else? Their work email").fill("clinician@demo.hospital");
  const summary = unique("Caller: label printer down on the unit");
  const id = await fileThroughForm(page, summary, P1);
  expect((await slaOf(id)).priority).toBe("P1");

  await page.goto("/tickets");
  const card = page.getByRole("listitem").filter({ hasText: summary });
  await expect(card).toContainText(/Response: 1[45] min left/);
  await expectNoAxeViolations(page);
});

test.describe("a clinician away from the hospital", () => {
  test.use({ timezoneId: "Europe/London" });

  test("reads the promise in her own time zone, on the ticket and in My tickets", async ({ page, signInAs }) => {
    await signInAs("CLINICIAN");
    const summary = unique("Label printer smudges a little");
    const id = await fileThroughForm(page, summary, P4);
    const ticket = await slaOf(id);
    expect(ticket.priority).toBe("P4");
    const london = clockIn(ticket.responseDueAt, "Europe/London");
    expect(london).not.toBe(clockIn(ticket.responseDueAt, HOSPITAL_ZONE));

    await expect(page.getByText(`We aim to respond by ${london}`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/tickets");
    await expect(page.getByRole("listitem").filter({ hasText: summary })).toContainText(`We aim to respond by ${london}`);
    // Staff badges are for staff.
    await expect(page.locator("[data-sla-tone]")).toHaveCount(0);
  });
});

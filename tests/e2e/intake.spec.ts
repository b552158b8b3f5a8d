// A nurse reports a problem through /tickets/new: guided form, field errors that keep the text, the PHI guard,
// one ticket per form however often it is sent, QR-code links from devices, "affects me too", no JavaScript.
import type { Page } from "@playwright/test";
import { expect, signInByEmail, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

// The ticket page drops the one-off ?filed=1 once it has announced the ticket number.
const TICKET_URL = /\/tickets\/([0-9a-f-]{36})(?:\?filed=1)?$/;

const unique = (text: string) => `${text} ${Math.random().toString(36).slice(2, 8)}`;

async function answer(page: Page, legend: string, choice: string) {
  await page.getByRole("group", { name: legend }).getByLabel(choice, { exact: true }).check();
}

/** A complete, valid report of a label printer problem on 4 West. */
async function fillReport(page: Page, summary: string) {
  await page.getByLabel("Summary").fill(summary);
  await page.getByLabel("Search the problem list").fill("zebra");
  await expect(page.getByLabel("Category").locator("option:checked")).toHaveText("Label printer (specimens, medications)");
  await page.getByLabel("Location").selectOption({ label: "4 West Med-Surg › Room 412" });
  await answer(page, "How many people are affected?", "My unit");
  await answer(page, "How is patient care affected right now?", "Care is slowed but there is a workaround");
  await answer(page, "Is a patient at risk because of this?", "No");
}

test.beforeEach(async ({ signInAs }) => {
  await signInAs("CLINICIAN");
});

test("a clinician files a ticket through the guided form and lands on its page", async ({ page }) => {
  await page.goto("/tickets/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report a problem");
  await expect(page.getByText("If patient care is blocked right now, also call")).toBeVisible();
  // Defaults: her home unit and her phone.
  await expect(page.getByLabel("Location").locator("option:checked")).toHaveText("4 West Med-Surg");
  await expect(page.getByText("Riverside Medical Center › Main Tower › Floor 4 › 4 West Med-Surg", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Callback number")).toHaveValue("ext. 4412");

  const summary = unique("Label printer prints blank labels");
  await fillReport(page, summary);
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page).toHaveURL(TICKET_URL);
  // The ticket number is announced: the confirmation takes focus (a screen reader reads it out).
  await expect(page.locator('[role="status"]', { hasText: "Sent. Your ticket number is WD-" })).toBeFocused();

  const id = TICKET_URL.exec(page.url())![1];
  const [ticket] = await query<{ summary: string; priority: string; mode: string; callbackNumber: string; email: string }>(
    `SELECT t.summary, t.priority, t.mode, t."callbackNumber", u.email FROM "Ticket" t JOIN "User" u ON u.id = t."requesterId" WHERE t.id = $1`,
    [id],
  );
  expect(ticket).toEqual({ summary, priority: "P2", mode: "ONSITE", callbackNumber: "ext. 4412", email: "clinician@demo.hospital" });
});

test("bad input shows field errors and keeps everything typed", async ({ page }) => {
  await page.goto("/tickets/new");
  await page.getByLabel("Details").fill("The screen froze twice during the medication pass.");
  await answer(page, "How many people are affected?", "Just me");
  await page.getByRole("button", { name: "Send report" }).click();

  const summaryBox = page.getByRole("alert").filter({ hasText: "Some answers need another look" });
  await expect(summaryBox).toBeFocused();
  await expect(summaryBox.getByRole("link", { name: /Summary: Describe the problem/ })).toBeVisible();
  await expect(summaryBox.getByRole("link", { name: /Category: Choose what the problem is about/ })).toBeVisible();
  await expect(page.getByLabel("Summary")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Category")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Details")).toHaveValue("The screen froze twice during the medication pass.");
  await expect(page.getByRole("group", { name: "How many people are affected?" }).getByLabel("Just me")).toBeChecked();
  await expect(page.getByLabel("Location").locator("option:checked")).toHaveText("4 West Med-Surg");
  await expectNoAxeViolations(page);

  await summaryBox.getByRole("link", { name: /Summary:/ }).click();
  await expect(page.getByLabel("Summary")).toBeFocused();
});

test("the PHI guard stops a record number, shows it, and sends it redacted on request", async ({ page }) => {
  await page.goto("/tickets/new");
  const marker = unique("Label printer jammed");
  await fillReport(page, `${marker} MRN 1234567`);
  await page.getByRole("button", { name: "Send report" }).click();

  const warning = page.getByRole("alert").filter({ hasText: "This looks like patient information" });
  await expect(warning).toBeFocused();
  await expect(warning).toContainText("a number that looks like a medical record number");
  await expect(warning).toContainText("MRN 1234567");
  await expect(page.getByLabel("Summary")).toHaveValue(`${marker} MRN 1234567`);
  expect(await query(`SELECT id FROM "Ticket" WHERE summary LIKE $1`, [`${marker}%`])).toEqual([]);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Replace those parts with [redacted] and send" }).click();
  await expect(page).toHaveURL(TICKET_URL);
  const rows = await query<{ summary: string }>(`SELECT summary FROM "Ticket" WHERE summary LIKE $1`, [`${marker}%`]);
  expect(rows).toEqual([{ summary: `${marker} [redacted]` }]);
  expect(await query(`SELECT id FROM "Ticket" WHERE summary LIKE '%1234567%' OR details LIKE '%1234567%'`)).toEqual([]);
});

test("a double submit and a resent form make one ticket", async ({ page }) => {
  await page.goto("/tickets/new");
  const key = await page.locator('input[name="idempotencyKey"]').inputValue();
  await fillReport(page, unique("Label printer double click"));
  // Two submissions in the same instant, faster than the button can be disabled...
  const [sent] = await Promise.all([
    page.waitForRequest((request) => request.method() === "POST" && !!request.headers()["next-action"] && !!request.postDataBuffer()?.includes(key)),
    page.getByRole("form", { name: "Report a problem" }).evaluate((form: HTMLFormElement) => {
      form.requestSubmit();
      form.requestSubmit();
    }),
  ]);
  await expect(page).toHaveURL(TICKET_URL);
  const ticketPath = new URL(page.url()).pathname;
  // ...and the very same request sent again by a flaky network: the server answers with the same ticket.
  const replay = await page.request.fetch(sent, { maxRedirects: 0 });
  expect(replay.headers()["x-action-redirect"]).toContain(ticketPath);
  const firstUrl = page.url();

  // The same rendered form sent again (back button, retry): same key, same ticket.
  await page.goto("/tickets/new");
  await fillReport(page, unique("Label printer resent"));
  await page.locator('input[name="idempotencyKey"]').evaluate((input: HTMLInputElement, value) => (input.value = value), key);
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page).toHaveURL(firstUrl);
  expect(await query(`SELECT id FROM "Ticket" WHERE "idempotencyKey" = $1`, [key])).toHaveLength(1);
});

test("the whole form works with the keyboard alone", async ({ page }) => {
  await page.goto("/tickets/new");
  const summary = unique("Desk phone has no dial tone");
  await page.getByLabel("Summary").focus();
  await page.keyboard.type(summary);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Search the problem list")).toBeFocused();
  await page.keyboard.type("dial tone");
  await page.keyboard.press("Enter"); // moves on to the list instead of sending a half-filled form
  await expect(page.getByLabel("Category")).toBeFocused();
  await expect(page.getByLabel("Category").locator("option:checked")).toHaveText("Desk phone");
  await page.keyboard.press("Tab"); // location filter
  await page.keyboard.press("Tab"); // location list: her home unit stays
  await expect(page.getByLabel("Location")).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space"); // Just me
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown"); // Care is slowed but there is a workaround
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowRight"); // No
  for (const label of ["Details", "Callback number", "Asset tag"]) {
    await page.keyboard.press("Tab");
    await expect(page.getByLabel(label)).toBeFocused();
  }
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Send report" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(TICKET_URL);
  const [ticket] = await query<{ impact: string; urgency: string; patientSafety: boolean }>(
    `SELECT impact, urgency, "patientSafety" FROM "Ticket" WHERE summary = $1`,
    [summary],
  );
  expect(ticket).toEqual({ impact: "SINGLE_USER", urgency: "CARE_SLOWED", patientSafety: false });
});

test("a device's QR link fills in the device, its place and its kind", async ({ page }) => {
  await page.goto("/tickets/new?asset=PRN-4W-MED-01");
  await expect(
    page.getByText("This is Zebra label printer, 4 West med room in Riverside Medical Center › Main Tower › Floor 4 › 4 West Med-Surg › Med room"),
  ).toBeVisible();
  await expect(page.getByLabel("Asset tag")).toHaveValue("PRN-4W-MED-01");
  await expect(page.getByLabel("Category").locator("option:checked")).toHaveText("Label printer (specimens, medications)");
  await expect(page.getByLabel("Location").locator("option:checked")).toHaveText("4 West Med-Surg › Med room");
  await expectNoAxeViolations(page);
});

test("another nurse in the building is offered the open ticket and joins it instead of filing again", async ({ page, browser, baseURL }) => {
  await page.goto("/tickets/new");
  const summary = unique("Copier on 4 West prints nothing");
  await page.getByLabel("Summary").fill(summary);
  await page.getByLabel("Category").selectOption({ label: "Regular printer or copier" });
  await answer(page, "How many people are affected?", "My unit");
  await answer(page, "How is patient care affected right now?", "No effect on care");
  await answer(page, "Is a patient at risk because of this?", "No");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page).toHaveURL(TICKET_URL);
  const ticketId = TICKET_URL.exec(page.url())![1];

  // James works in the Emergency Department, in the same Main Tower.
  const context = await browser.newContext();
  const userId = await signInByEmail(context, baseURL!, "nurse2@demo.hospital");
  const james = await context.newPage();
  await james.goto("/tickets/new");
  await james.getByLabel("Category").selectOption({ label: "Regular printer or copier" });
  const offer = james.getByRole("region", { name: "Is this already reported?" });
  const item = offer.getByRole("listitem").filter({ hasText: summary });
  // Riverside's on-site team is on shift around the clock in the demo rota, so the copier ticket is already assigned.
  await expect(item).toContainText("4 West Med-Surg · A technician has it · 1 person affected");
  await item.getByRole("button", { name: /This affects me too/ }).click();
  await expect(james).toHaveURL(new RegExp(`/tickets/${ticketId}(?:\\?joined=1)?$`));
  expect(await query(`SELECT 1 FROM "TicketAffectedUser" WHERE "ticketId" = $1 AND "userId" = $2`, [ticketId, userId])).toHaveLength(1);
  await context.close();
});

test("a technician on the phone files for a caller, who becomes the requester", async ({ page, signInAs }) => {
  await signInAs("ONSITE_TECH");
  await page.goto("/tickets/new");
  await expect(page.getByLabel("Location").locator("option:checked")).toHaveText("Choose where the problem is");
  await page.getByLabel("Reporting for someone else? Their work email").fill("Clinician@Demo.Hospital");
  const summary = unique("Caller reports label printer offline");
  await fillReport(page, summary);
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page).toHaveURL(TICKET_URL);
  const rows = await query<{ requester: string; filer: string }>(
    `SELECT r.email AS requester, f.email AS filer FROM "Ticket" t JOIN "User" r ON r.id = t."requesterId" JOIN "User" f ON f.id = t."filedById" WHERE t.summary = $1`,
    [summary],
  );
  expect(rows).toEqual([{ requester: "clinician@demo.hospital", filer: "onsite@demo.hospital" }]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still files a ticket, and known problems can be checked by button", async ({ page }) => {
    await page.goto("/tickets/new");
    await expect(page.getByLabel("Search the problem list")).toHaveCount(0);
    const summary = unique("Label printer without scripts");
    await page.getByLabel("Summary").fill(summary);
    await page.getByLabel("Category").selectOption({ label: "Label printer (specimens, medications)" });
    await page.getByRole("button", { name: "Check for known problems" }).click();
    await expect(page.getByLabel("Summary")).toHaveValue(summary);
    await expect(page.getByLabel("Category").locator("option:checked")).toHaveText("Label printer (specimens, medications)");
    await answer(page, "How many people are affected?", "Just me");
    await answer(page, "How is patient care affected right now?", "No effect on care");
    await answer(page, "Is a patient at risk because of this?", "No");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page).toHaveURL(TICKET_URL);
    expect(await query(`SELECT priority FROM "Ticket" WHERE summary = $1`, [summary])).toEqual([{ priority: "P4" }]);
  });
});

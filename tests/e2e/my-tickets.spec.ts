// A clinician follows a problem after reporting it: My tickets, the ticket page and its timeline, a message to
// IT, a screenshot; nobody else can open it and internal notes stay with IT.
import { randomUUID } from "node:crypto";
import { expect, signInByEmail, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

const TRIAGE_REASON = "P2 from the answers: my unit, patient care is slowed but there is a workaround";

/** A ticket as intake would have filed it for the demo clinician on 4 West, with its first two events. */
async function insertTicket(summary: string, status: "NEW" | "RESOLVED" = "NEW"): Promise<{ id: string; number: string }> {
  const [ticket] = await query<{ id: string; number: number }>(
    `INSERT INTO "Ticket" (id, summary, details, priority, impact, urgency, mode, "triageExplanation", "categoryId", "teamId",
       "requesterId", "filedById", "locationId", "callbackNumber", "idempotencyKey", "updatedAt", "responseDueAt", "resolutionDueAt",
       status, "resolvedAt")
     SELECT gen_random_uuid(), $1, 'Blank labels since the roll change.', 'P2', 'UNIT', 'CARE_SLOWED', 'ONSITE', $2, c.id, t.id,
       u.id, u.id, u."homeUnitId", 'ext 4412', gen_random_uuid()::text, now(), now() + interval '30 minutes', now() + interval '8 hours',
       $3::"TicketStatus", CASE WHEN $3 = 'RESOLVED' THEN now() END
     FROM "User" u, "Category" c, "Team" t
     WHERE u.email = 'clinician@demo.hospital' AND c.slug = 'printer-labels' AND t.slug = 'riverside-onsite'
     RETURNING id, number`,
    [summary, `${TRIAGE_REASON}; to the on-site team.`, status],
  );
  await query(
    `INSERT INTO "TicketEvent" (id, "ticketId", "actorId", type, data)
     SELECT gen_random_uuid(), $1, "requesterId", 'CREATED'::"TicketEventType", '{"onBehalf": false, "redactions": 0}'::jsonb FROM "Ticket" WHERE id = $1
     UNION ALL
     SELECT gen_random_uuid(), $1, NULL, 'TRIAGED'::"TicketEventType", jsonb_build_object('priority', 'P2', 'team', 'Riverside On-site Support', 'explanation', $2::text)`,
    [ticket!.id, `${TRIAGE_REASON}; to the on-site team.`],
  );
  return { id: ticket!.id, number: `WD-${String(ticket!.number).padStart(6, "0")}` };
}

test("a clinician finds the ticket in My tickets, reads its timeline and sends a message", async ({ page, signInAs }) => {
  const summary = `Label printer blank ${randomUUID().slice(0, 6)}`;
  const ticket = await insertTicket(summary);
  await signInAs("CLINICIAN");

  await page.goto("/tickets");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My tickets");
  await expect(page.getByRole("navigation", { name: "Ticket lists" }).getByRole("link", { name: "My tickets" })).toHaveAttribute("aria-current", "page");
  const row = page.getByRole("listitem").filter({ hasText: summary });
  await expect(row).toContainText("Received");
  await expect(row).toContainText("Urgent (P2)");
  await expect(row).toContainText("Riverside On-site");
  await expect(row).toContainText(/We aim to respond by \d{2}:\d{2} (today|tomorrow)/);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "My unit" }).click();
  await expect(page).toHaveURL("/tickets?tab=unit");
  await expect(page.getByRole("link", { name: "My unit" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("listitem").filter({ hasText: summary })).toContainText("Received");
  await expectNoAxeViolations(page);

  await page.goto("/tickets");
  await page.getByRole("link", { name: `${ticket.number} ${summary}` }).click();
  await expect(page).toHaveURL(`/tickets/${ticket.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${ticket.number} ${summary}`);
  const timeline = page.getByRole("region", { name: "What has happened" });
  await expect(timeline).toContainText("Reported by Maria Santos, RN");
  await expect(timeline).toContainText(TRIAGE_REASON);
  await expect(page.getByText("4 West Med-Surg", { exact: false }).first()).toBeVisible();

  await page.getByLabel("Add a message").fill("Restarted it, still blank.");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByText("Message sent.")).toBeVisible();
  await expect(timeline).toContainText("Restarted it, still blank.");
  await expect(page.getByLabel("Add a message")).toHaveValue("");
  await expectNoAxeViolations(page);
});

test("the PHI guard stops a message with a record number and sends it redacted on request", async ({ page, signInAs }) => {
  const ticket = await insertTicket(`Printer jam ${randomUUID().slice(0, 6)}`);
  await signInAs("CLINICIAN");
  await page.goto(`/tickets/${ticket.id}?filed=1`);
  await expect(page.getByText(`Sent. Your ticket number is ${ticket.number}.`)).toBeVisible();

  await page.getByLabel("Add a message").fill("Labels for MRN 12345678 came out blank");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByText("This looks like patient information")).toBeVisible();
  await expect(page.getByLabel("Add a message")).toHaveValue("Labels for MRN 12345678 came out blank");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Replace those parts with [redacted] and send" }).click();
  const timeline = page.getByRole("region", { name: "What has happened" });
  await expect(timeline).toContainText("Labels for [redacted] came out blank");
  await expect(timeline).not.toContainText("12345678");
});

test("a screenshot is uploaded, checked by content and served back with safe headers", async ({ page, signInAs }) => {
  const ticket = await insertTicket(`Screen frozen ${randomUUID().slice(0, 6)}`);
  await signInAs("CLINICIAN");
  await page.goto(`/tickets/${ticket.id}`);
  const files = page.getByRole("region", { name: "Files" });

  await files.getByLabel("Add a screenshot or PDF").setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("MZ not an image") });
  await files.getByRole("button", { name: "Upload file" }).click();
  await expect(files.getByText("Choose a screenshot (PNG, JPEG, GIF, WebP) or a PDF.")).toBeVisible();

  // 4.5 MB: over the default 1 MB server-action body limit, under ours.
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4.5 * 1024 * 1024)]);
  await files.getByLabel("Add a screenshot or PDF").setInputFiles({ name: "frozen.png", mimeType: "image/png", buffer: png });
  await files.getByRole("button", { name: "Upload file" }).click();
  const link = files.getByRole("link", { name: "frozen.png" });
  await expect(link).toBeVisible();

  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(response.headers()["content-disposition"]).toMatch(/^inline; filename="frozen.png"/);
  expect(Buffer.from(await response.body()).equals(png)).toBe(true);
});

test("another clinician gets a 404 for the ticket and its files", async ({ page, context, baseURL }) => {
  const ticket = await insertTicket(`Badge reader dead ${randomUUID().slice(0, 6)}`);
  await signInByEmail(context, baseURL!, "nurse2@demo.hospital");
  const response = await page.goto(`/tickets/${ticket.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await expect(page.getByText(ticket.number)).toHaveCount(0);
  expect((await page.goto("/tickets/not-a-ticket-id"))?.status()).toBe(404);
  const download = await page.request.get(`/tickets/${ticket.id}/attachments/${randomUUID()}`);
  expect(download.status()).toBe(404);
});

test("the reporter confirms a fix, which closes the ticket", async ({ page, signInAs }) => {
  const ticket = await insertTicket(`Scanner fixed ${randomUUID().slice(0, 6)}`, "RESOLVED");
  await signInAs("CLINICIAN");
  await page.goto(`/tickets/${ticket.id}`);
  const fixed = page.getByRole("region", { name: "Is it fixed?" });
  await fixed.getByRole("button", { name: "It's still not working" }).click();
  await expect(fixed.getByText("Tell us in a few words what is still not working.")).toBeVisible();
  await expectNoAxeViolations(page);
  await fixed.getByRole("button", { name: "Yes, it's fixed" }).click();
  await expect(page.getByRole("region", { name: "What has happened" })).toContainText("Maria Santos, RN confirmed it is fixed");
  await expect(page.getByRole("region", { name: "About this problem" })).toContainText("Closed");
  await expect(page.getByRole("button", { name: "Yes, it's fixed" })).toHaveCount(0);
  // The thanks is announced (it takes focus) and does not come back on reload.
  await expect(page.locator('[role="status"]', { hasText: "Thank you. The ticket is closed." })).toBeFocused();
  await expect(page).toHaveURL(`/tickets/${ticket.id}`);
  await page.reload();
  await expect(page.getByText("Thank you. The ticket is closed.")).toHaveCount(0);
});

test("an internal note is shown to IT and never to the clinician", async ({ browser, page, signInAs }) => {
  const ticket = await insertTicket(`Wristbands smudged ${randomUUID().slice(0, 6)}`);
  const note = `Internal: ribbon on back order ${randomUUID().slice(0, 6)}`;
  await query(
    `INSERT INTO "Comment" (id, "ticketId", "authorId", body, visibility)
     SELECT gen_random_uuid(), $1, id, $2, 'INTERNAL' FROM "User" WHERE email = 'onsite@demo.hospital'`,
    [ticket.id, note],
  );

  await signInAs("CLINICIAN");
  await page.goto(`/tickets/${ticket.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ticket.number);
  await expect(page.getByText(note)).toHaveCount(0);

  // The same page for the on-site technician proves the note is there to hide.
  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signInByEmail(staff, test.info().project.use.baseURL!, "onsite@demo.hospital");
  await staffPage.goto(`/tickets/${ticket.id}`);
  await expect(staffPage.getByText(note)).toBeVisible();
  await staff.close();
});

test("every view of a ticket page is audited, with no ticket text in the audit row", async ({ page, signInAs }) => {
  const summary = `Audited view ${randomUUID().slice(0, 6)}`;
  const ticket = await insertTicket(summary);
  await signInAs("CLINICIAN");
  await page.goto(`/tickets/${ticket.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(summary);
  await page.reload();
  const rows = await query<{ details: unknown }>(`SELECT details FROM "AuditLog" WHERE action = 'ticket.viewed' AND "entityId" = $1`, [ticket.id]);
  expect(rows).toHaveLength(2);
  expect(JSON.stringify(rows)).not.toContain(summary);
});


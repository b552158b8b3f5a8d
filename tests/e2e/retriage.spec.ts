// IT staff re-triage a clinician's remote ticket: a higher priority with a reason, then "needs hands on site".
// The clinician reads what happened in plain words, without the reasons IT wrote for IT.
import { randomUUID } from "node:crypto";
import { DEMO_ACCOUNTS } from "./config";
import { expect, signInByEmail, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

/** A remote ticket as intake would have filed it for the demo clinician on 4 West (Riverside campus). */
async function insertRemoteTicket(summary: string): Promise<string> {
  const [ticket] = await query<{ id: string }>(
    `INSERT INTO "Ticket" (id, summary, details, priority, impact, urgency, mode, "triageExplanation", "categoryId", "teamId",
       "requesterId", "filedById", "locationId", "callbackNumber", "idempotencyKey", "updatedAt", "responseDueAt", "resolutionDueAt")
     SELECT gen_random_uuid(), $1, 'Charting takes a minute per screen.', 'P2', 'UNIT', 'CARE_SLOWED', 'REMOTE', 'P2 from the answers.',
       c.id, t.id, u.id, u.id, u."homeUnitId", 'ext 4412', gen_random_uuid()::text, now(), now() + interval '30 minutes', now() + interval '8 hours'
     FROM "User" u, "Category" c, "Team" t
     WHERE u.email = 'clinician@demo.hospital' AND c.slug = 'ehr-slow' AND t.slug = 'clinical-apps'
     RETURNING id`,
    [summary],
  );
  await query(
    `INSERT INTO "TicketEvent" (id, "ticketId", "actorId", type, data)
     SELECT gen_random_uuid(), id, "requesterId", 'CREATED'::"TicketEventType", '{"onBehalf": false, "redactions": 0}'::jsonb FROM "Ticket" WHERE id = $1`,
    [ticket!.id],
  );
  return ticket!.id;
}

test("a remote agent raises the priority, sends the ticket on site, and the clinician reads it in plain words", async ({ page, signInAs, browser, baseURL }) => {
  const summary = `Charting slow ${randomUUID().slice(0, 6)}`;
  const id = await insertRemoteTicket(summary);
  const reason = "Whole ward is affected since the shift change";
  const note = "Swap the network cable behind the nurses' station";
  await signInAs("REMOTE_AGENT");
  await page.goto(`/tickets/${id}`);
  const staff = page.getByRole("region", { name: "For IT staff" });
  await expect(staff.getByLabel("Priority")).toHaveValue("P2");

  // Patient data in the reason is refused, with the typed reason and choices kept.
  await staff.getByLabel("Priority").selectOption("P1");
  await staff.getByLabel("Reason for the change").fill("MRN 12345678 cannot chart");
  await staff.getByRole("button", { name: "Save changes" }).click();
  await expect(staff.getByText("This looks like patient information")).toBeVisible();
  await expect(staff.getByLabel("Reason for the change")).toHaveValue("MRN 12345678 cannot chart");
  await expect(staff.getByLabel("Priority")).toHaveValue("P1");

  await staff.getByLabel("Reason for the change").fill(reason);
  await staff.getByRole("button", { name: "Save changes" }).click();
  await expect(staff.getByText("Saved. The ticket has been updated.")).toBeVisible();
  const timeline = page.getByRole("region", { name: "What has happened" });
  await expect(timeline).toContainText("Priority changed from Urgent (P2) to Critical (P1) by Alex Kim");
  await expect(timeline).toContainText(reason);
  await expect(staff.getByLabel("Priority")).toHaveValue("P1");
  await expectNoAxeViolations(page);

  await staff.getByLabel("What should the on-site technician do?").fill(note);
  await staff.getByRole("button", { name: "Needs hands on site" }).click();
  await expect(timeline).toContainText("Needs hands on site: sent to Riverside On-site Support by Alex Kim");
  await expect(timeline).toContainText(note);
  await expect(timeline).toContainText("Internal note: IT only");
  await expect(page.getByRole("button", { name: "Needs hands on site" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const nurse = await browser.newContext({ baseURL });
  await signInByEmail(nurse, baseURL!, DEMO_ACCOUNTS.CLINICIAN);
  const nursePage = await nurse.newPage();
  await nursePage.goto(`/tickets/${id}`);
  const nurseTimeline = nursePage.getByRole("region", { name: "What has happened" });
  await expect(nurseTimeline).toContainText("Priority raised to Critical (P1)");
  await expect(nurseTimeline).toContainText("Sent to Riverside On-site Support, who will come to you");
  await expect(nursePage.locator("body")).not.toContainText(reason);
  await expect(nursePage.locator("body")).not.toContainText(note);
  await expect(nursePage.getByRole("region", { name: "For IT staff" })).toHaveCount(0);
  await nurse.close();
});

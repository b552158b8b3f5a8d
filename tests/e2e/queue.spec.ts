// The technicians' queue: their own kind of work, most urgent first, filtered in the address, searchable by
// number and words, and claimable from the keyboard.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, query } from "./helpers";

// A made-up word only this run's tickets carry, so parallel specs filing their own tickets never disturb the lists.
const token = () => `zq${Math.random().toString(36).slice(2, 9).replace(/\d/g, "x")}`;
const ticketNumber = (n: number) => `WD-${String(n).padStart(6, "0")}`;

type Made = { id: string; number: number };

/** Puts a ticket straight into the database, routed and timed as the test needs. */
async function insertTicket(summary: string, opts: { mode: "ONSITE" | "REMOTE"; team: string; priority: string; dueInMinutes: number | null }): Promise<Made> {
  const [row] = await query<Made>(
    `INSERT INTO "Ticket" (id, summary, details, priority, impact, urgency, mode, "categoryId", "teamId", "requesterId", "filedById",
        "locationId", "callbackNumber", "idempotencyKey", "updatedAt", "slaDueAt", "responseDueAt", "responseTargetMinutes")
     SELECT gen_random_uuid(), $1, 'Reported from the queue journey.', $2::"Priority", 'UNIT', 'CARE_SLOWED', $3::"WorkMode",
        (SELECT id FROM "Category" WHERE "defaultMode" = $3::"WorkMode" ORDER BY "sortOrder" LIMIT 1),
        (SELECT id FROM "Team" WHERE slug = $4), u.id, u.id,
        (SELECT r.id FROM "Location" r JOIN "Location" unit ON unit.id = r."parentId" WHERE unit.code = 'RMC-A-4-4W' AND r.kind = 'ROOM' ORDER BY r."sortOrder" LIMIT 1),
        'ext 4412', gen_random_uuid()::text, now(), now() + $5 * interval '1 minute', now() + $5 * interval '1 minute', 240
     FROM "User" u WHERE u.email = 'clinician@demo.hospital'
     RETURNING id, number`,
    [summary, opts.priority, opts.mode, opts.team, opts.dueInMinutes],
  );
  return row!;
}

async function world(word: string) {
  const onsite = { mode: "ONSITE", team: "riverside-onsite" } as const;
  return {
    later: await insertTicket(`Label printer smudges ${word}`, { ...onsite, priority: "P3", dueInMinutes: 90 }),
    overdue: await insertTicket(`Workstation will not boot ${word}`, { ...onsite, priority: "P3", dueInMinutes: -10 }),
    critical: await insertTicket(`Nurse call panel dark ${word}`, { ...onsite, priority: "P1", dueInMinutes: 8 }),
    remote: await insertTicket(`Patient records slow ${word}`, { mode: "REMOTE", team: "clinical-apps", priority: "P2", dueInMinutes: 30 }),
  };
}

const rows = (page: Page) => page.locator("[data-queue-row]");

test("an on-site technician sees unassigned work by SLA, filters, searches by number and claims with c", async ({ page, signInAs }) => {
  const word = token();
  const t = await world(word);
  await signInAs("ONSITE_TECH");
  await page.goto(`/queue?q=${word}`);
  await expect(page.getByRole("heading", { name: "Work queue", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Unassigned" })).toHaveAttribute("aria-current", "page");

  // Overdue first, then the next to fall due; the remote ticket is not on-site work.
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(0)).toContainText(ticketNumber(t.overdue.number));
  await expect(rows(page).nth(1)).toContainText(ticketNumber(t.critical.number));
  await expect(rows(page).nth(2)).toContainText(ticketNumber(t.later.number));
  await expect(rows(page).nth(0)).toContainText("4 West Med-Surg");
  await expect(rows(page).nth(0)).toContainText("Overdue");
  await expectNoAxeViolations(page);

  await page.getByRole("checkbox", { name: "Critical (P1)" }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/priority=P1/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(ticketNumber(t.critical.number));

  // "/" jumps to the search box; a number finds exactly that ticket.
  await page.goto("/queue");
  await page.keyboard.press("/");
  await expect(page.getByLabel("Search by ticket number or words")).toBeFocused();
  await page.keyboard.type(ticketNumber(t.later.number));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${ticketNumber(t.later.number)}`));
  await expect(rows(page)).toHaveCount(1);

  // j focuses the most urgent row, c claims it, and it moves to Mine.
  await page.goto(`/queue?q=${word}`);
  await expect(rows(page)).toHaveCount(3);
  await page.keyboard.press("j");
  await expect(rows(page).first()).toBeFocused();
  await page.keyboard.press("c");
  await expect(page.getByRole("status").filter({ hasText: `${ticketNumber(t.overdue.number)}: It's yours.` })).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole("link", { name: "Mine" }).click();
  await expect(page).toHaveURL(/tab=mine/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(ticketNumber(t.overdue.number));
  await expect(rows(page).first()).toContainText("With Dev Patel");
  // Read-only lists offer no claim.
  await page.getByRole("link", { name: "All open" }).click();
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByRole("button", { name: /^Claim/ })).toHaveCount(0);
});

test("a remote agent sees remote work only", async ({ page, signInAs }) => {
  const word = token();
  const t = await world(word);
  await signInAs("REMOTE_AGENT");
  for (const tab of ["team", "all"]) {
    await page.goto(`/queue?tab=${tab}&q=${word}`);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText(ticketNumber(t.remote.number));
  }
  await expectNoAxeViolations(page);
});

test("filters that make no sense are named and ignored; views are saved and deleted", async ({ page, signInAs }) => {
  const word = token();
  await world(word);
  await signInAs("ONSITE_TECH");
  await page.goto(`/queue?tab=team&priority=P9&location=nowhere&q=${word}`);
  await expect(page.getByText("Some filters in the address were not understood")).toBeVisible();
  await expect(page.getByText("We ignored: priority, location.")).toBeVisible();
  await expect(rows(page)).toHaveCount(3);

  // Planning a walk groups the same tickets by building and floor.
  await page.getByRole("link", { name: "Plan a walk: group by building and floor" }).click();
  await expect(page).toHaveURL(/group=floor/);
  await expect(page.getByRole("heading", { level: 2, name: /Floor 4.*\(3 tickets\)/ })).toBeVisible();
  await expect(rows(page)).toHaveCount(3);
  await page.getByRole("link", { name: "Show as one list" }).click();
  await expect(page).not.toHaveURL(/group=floor/);

  const name = `Walk ${word}`;
  await page.getByLabel("Save the current filters as").fill(name);
  await page.getByRole("button", { name: "Save view" }).click();
  await expect(page.getByRole("link", { name })).toHaveAttribute("href", `/queue?tab=team&q=${word}`);
  await page.getByLabel("Save the current filters as").fill(name);
  await page.getByRole("button", { name: "Save view" }).click();
  await expect(page.getByText(`You already have a view called “${name}”.`)).toBeVisible();
  await expect(page.getByLabel("Save the current filters as")).toHaveValue(name);
  await page.getByRole("button", { name: `Delete view ${name}` }).click();
  await expect(page.getByRole("link", { name })).toHaveCount(0);
});

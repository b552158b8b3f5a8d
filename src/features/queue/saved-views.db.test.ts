import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { deleteQueueView } from "./commands/delete-view";
import { saveQueueView } from "./commands/save-view";
import { savedViews } from "./queries";
import { queueWorld, T0 } from "./test-world";

describe("saved queue views", () => {
  it("saves the filters in their clean form, audited, and lists them to their owner only", async () => {
    const w = await queueWorld();
    await saveQueueView({ actor: w.onsite, input: { name: "Urgent printers", query: "tab=team&priority=P1&priority=P2&sla=nonsense&cursor=n.00000000-0000-4000-8000-000000000000" }, now: T0 });

    const views = await savedViews(w.onsite);
    // The bad SLA value and the page cursor are not kept; repeated priorities become one list.
    expect(views).toEqual([{ id: expect.any(String), name: "Urgent printers", query: "tab=team&priority=P1%2CP2" }]);
    expect(await savedViews(w.onsite2)).toEqual([]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "queue.view_saved" } });
    expect(audit).toMatchObject({ actorId: w.onsite.userId, entityType: "SavedQueueView", entityId: views[0]!.id });
  });

  it("refuses a second view with the same name as a field error, but allows the name for someone else", async () => {
    const w = await queueWorld();
    const input = { name: "Mine first", query: "tab=mine" };
    await saveQueueView({ actor: w.onsite, input, now: T0 });
    await expect(saveQueueView({ actor: w.onsite, input, now: T0 })).rejects.toMatchObject({
      code: "INVALID",
      fields: { name: ["You already have a view called “Mine first”. Choose another name."] },
    });
    await saveQueueView({ actor: w.onsite2, input, now: T0 });
    expect(await db.savedQueueView.count()).toBe(2);
  });

  it("deletes a person's own view and treats anyone else's as not found", async () => {
    const w = await queueWorld();
    const view = await saveQueueView({ actor: w.onsite, input: { name: "ED", query: "tab=team" }, now: T0 });

    await expect(deleteQueueView({ actor: w.onsite2, viewId: view.id, now: T0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await savedViews(w.onsite)).toHaveLength(1);

    await deleteQueueView({ actor: w.onsite, viewId: view.id, now: T0 });
    expect(await savedViews(w.onsite)).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "queue.view_deleted", entityId: view.id, actorId: w.onsite.userId } })).toBe(1);
    await expect(deleteQueueView({ actor: w.onsite, viewId: view.id, now: T0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is not open to people without the queue", async () => {
    const w = await queueWorld();
    await expect(saveQueueView({ actor: w.nurse, input: { name: "x", query: "" }, now: T0 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

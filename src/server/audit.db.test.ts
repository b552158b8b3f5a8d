import { describe, expect, it } from "vitest";
import { db } from "./db";
import { writeAudit } from "./audit";

const at = new Date("2026-11-29T03:00:00Z");

async function oneAuditRow() {
  const row = await db.$transaction((tx) =>
    writeAudit(tx, { actorId: null, action: "seed.applied", entityType: "Seed", details: { users: 6 } }, at),
  );
  return row.id;
}

describe("audit log is append-only in the database itself", () => {
  it("stores a row written in a transaction", async () => {
    const id = await oneAuditRow();
    const row = await db.auditLog.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ action: "seed.applied", entityType: "Seed", details: { users: 6 }, at });
  });

  it("rejects UPDATE, even through raw SQL", async () => {
    const id = await oneAuditRow();
    await expect(db.$executeRaw`UPDATE "AuditLog" SET "action" = 'tampered' WHERE "id" = ${id}`).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditLog.update({ where: { id }, data: { action: "tampered" } })).rejects.toThrow();
    expect((await db.auditLog.findUniqueOrThrow({ where: { id } })).action).toBe("seed.applied");
  });

  it("rejects DELETE and TRUNCATE", async () => {
    const id = await oneAuditRow();
    await expect(db.$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${id}`).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count()).toBe(1);
  });

  it("rolls the audit row back with the change it describes", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await writeAudit(tx, { actorId: null, action: "seed.applied", entityType: "Seed" }, at);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.auditLog.count()).toBe(0);
  });
});

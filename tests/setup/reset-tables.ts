import type { Db } from "@/server/prisma-client";

/**
 * Empties every table between tests. The audit log rejects TRUNCATE by trigger; `session_replication_role =
 * replica` (superuser only, so only possible in tests) switches ordinary triggers off for this one statement.
 */
export async function resetTables(db: Db): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const list = tables.map((t) => `"public"."${t.tablename}"`).join(", ");
  await db.$transaction([
    db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
    db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`),
    // Jobs of the previous test would otherwise run against this test's rows.
    db.$executeRawUnsafe(`TRUNCATE pgboss.job`),
  ]);
}

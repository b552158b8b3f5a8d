// Runs before each DB test file: a private clone of the migrated template, so files run in parallel without
// seeing each other's rows. Tables are emptied between tests (resetTables).
import { afterAll, beforeEach } from "vitest";
import { randomUUID } from "node:crypto";
import { dropDatabase, recreateDatabase, TEMPLATE_DATABASE } from "./test-database";

const databaseName = `warddesk_test_${process.env.VITEST_POOL_ID ?? "0"}_${randomUUID().slice(0, 8)}`;
process.env.DATABASE_URL = await recreateDatabase(databaseName, TEMPLATE_DATABASE);
process.env.AUTH_SECRET ??= "test-secret-that-is-long-enough-for-auth-js-0123456789";
process.env.DATABASE_POOL_SIZE = "5";

const { db } = await import("@/server/db");
const { resetTables } = await import("./reset-tables");

beforeEach(async () => {
  await resetTables(db);
});

afterAll(async () => {
  await db.$disconnect();
  await dropDatabase(databaseName);
});

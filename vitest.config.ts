import path from "node:path";
import { defineConfig } from "vitest/config";

// One migrated template per test run, named here in the main process so workers inherit it: two runs on one
// machine (a developer and an agent, say) never drop each other's template.
process.env.WARDDESK_TEST_TEMPLATE ??= `warddesk_test_template_${process.pid}`;

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      // The real package throws outside React Server Components; tests run server code directly.
      "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["src/**/*.db.test.ts", "prisma/**/*.db.test.ts", "scripts/**/*.db.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/db-global.ts"],
          setupFiles: ["tests/setup/db-worker.ts"],
          // Argon2 hashing and database round trips make some tests slower than the 5 s default allows on 2 cores.
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

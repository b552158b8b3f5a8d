import { afterAll, describe, expect, it, vi } from "vitest";
import { checkDatabase } from "./health";
import { createPrismaClient } from "./prisma-client";

// Port 9 (discard) has no PostgreSQL behind it: connections are refused at once.
const unreachable = createPrismaClient("postgres://postgres@127.0.0.1:9/warddesk", 1);
afterAll(() => unreachable.$disconnect());

describe("checkDatabase", () => {
  it("reports ok when the database answers", async () => {
    expect(await checkDatabase()).toBe("ok");
  });

  it("reports unreachable, logging no connection details, when it does not", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await checkDatabase(unreachable)).toBe("unreachable");
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/^\[error \w{8}\] health check: /);
    logged.mockRestore();
  });
});

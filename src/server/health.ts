import "server-only";
import { db } from "./db";
import type { Db } from "./prisma-client";
import { logUnexpectedError } from "./errors";

const TIMEOUT_MS = 2000;

/** "ok" when the database answers a trivial query within two seconds. */
export async function checkDatabase(client: Db = db): Promise<"ok" | "unreachable"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database health check timed out")), TIMEOUT_MS);
  });
  try {
    await Promise.race([client.$queryRaw`SELECT 1`, timeout]);
    return "ok";
  } catch (error) {
    logUnexpectedError(error, "health check");
    return "unreachable";
  } finally {
    clearTimeout(timer);
  }
}

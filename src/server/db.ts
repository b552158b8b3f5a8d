import "server-only";
import { env } from "@/env";
import { createPrismaClient, type Db } from "./prisma-client";

// One client per process. In development Next re-evaluates modules on every edit; keeping the client on
// globalThis stops each reload from opening another pool of connections.
const globalForDb = globalThis as { warddeskDb?: Db };

function getDb(): Db {
  globalForDb.warddeskDb ??= createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return globalForDb.warddeskDb;
}

// Created on first use, not at import, so `next build` never needs a database.
// Methods are bound to the real client so Prisma's internals never see the proxy as `this`.
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

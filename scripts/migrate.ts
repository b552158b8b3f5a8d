// npm run db:migrate | db:migration -- <name> | db:status  (see docs/decisions/002-migrations-wasm-engine.md)
import { createMigration, deployMigrations, migrationStatus } from "./db/migrations";

const [command, name] = process.argv.slice(2);
const url = process.env.DATABASE_URL;

async function main(): Promise<void> {
  if (!url) throw new Error("DATABASE_URL is not set. Example: postgres://postgres@127.0.0.1:5432/warddesk");
  if (command === "deploy") {
    const applied = await deployMigrations(url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
  } else if (command === "create") {
    if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Usage: npm run db:migration -- <snake_case_name>");
    const directory = await createMigration(url, name);
    console.log(directory ? `Created and applied prisma/migrations/${directory}` : "Schema already matches the migrations.");
  } else if (command === "status") {
    console.log(JSON.stringify(await migrationStatus(url), null, 2));
  } else {
    throw new Error("Usage: tsx scripts/migrate.ts deploy | create <name> | status");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

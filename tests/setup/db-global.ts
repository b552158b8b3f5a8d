// Runs once in the main process: migrations are applied to the template here, never in workers.
import { deployMigrations } from "../../scripts/db/migrations";
import { dropDatabase, recreateDatabase, TEMPLATE_DATABASE } from "./test-database";

export default async function setup(): Promise<() => Promise<void>> {
  const url = await recreateDatabase(TEMPLATE_DATABASE);
  await deployMigrations(url);
  return () => dropDatabase(TEMPLATE_DATABASE);
}

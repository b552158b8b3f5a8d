// Each run has its own database (see playwright.config.ts); leave none behind. Playwright stops the web
// server by killing its process group, so the server cannot clean up after itself.
import { dropDatabase } from "../setup/test-database";

export default async function globalTeardown(): Promise<void> {
  if (process.env.E2E_DATABASE) await dropDatabase(process.env.E2E_DATABASE);
}

import { describe, expect, it } from "vitest";
import { migrationStatus, schemaDriftFromMigrations } from "./migrations";

const url = () => process.env.DATABASE_URL!;

describe("migrations", () => {
  it("describe exactly what schema.prisma says (nobody changed the schema without a migration)", async () => {
    expect(await schemaDriftFromMigrations(url())).toBe("");
  });

  it("are all applied to a database cloned from the migrated template, none failed or edited", async () => {
    const status = await migrationStatus(url());
    expect(status).toMatchObject({ failedMigrationNames: [], editedMigrationNames: [], hasMigrationsTable: true, history: null });
  });
});

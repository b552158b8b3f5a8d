// Writes the demo hospital into a database, idempotently: every row is matched by its natural key
// (Location.code, Team.slug, Category.slug, User.email, TeamMember's team+user), so a second run finds
// everything in place and creates nothing. All of it, and its audit row, commits together or not at all.
import { DEFAULT_MATRIX, IMPACTS, URGENCIES } from "@/domain/triage/matrix";
import type { User } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { hashPassword } from "@/server/password";
import type { Db, Tx } from "@/server/prisma-client";
import { DEMO_HOSPITAL, type SeedAsset, type SeedCategory, type SeedLocation, type SeedTeam, type SeedUser } from "./hospital";
import { seedRota } from "./shifts";
import { ensureSlaDefaults } from "@/features/sla/defaults";

export type SeedSummary = {
  locations: number;
  teams: number;
  categories: number;
  users: number;
  usersCreated: number;
  usersUpdated: number;
  teamMembers: number;
  assets: number;
  matrixCells: number;
  shifts: number;
  onCallBlocks: number;
  slaDefaultsCreated: boolean;
};

type IdsByKey = ReadonlyMap<string, string>;

// A typo in the seed data (a unit code, a team slug) should fail loudly, not seed a half-linked hospital.
function idFor(ids: IdsByKey, key: string, what: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Seed data refers to unknown ${what} "${key}".`);
  return id;
}

async function upsertLocations(tx: Tx, locations: readonly SeedLocation[]): Promise<IdsByKey> {
  const ids = new Map<string, string>();
  for (const { code, parentCode, ...fields } of locations) {
    // Listed parents-first, so a parent's id is always known by the time its children are written.
    const data = { ...fields, parentId: parentCode === null ? null : idFor(ids, parentCode, "location") };
    const row = await tx.location.upsert({ where: { code }, create: { code, ...data }, update: data, select: { id: true } });
    ids.set(code, row.id);
  }
  return ids;
}

async function upsertTeams(tx: Tx, teams: readonly SeedTeam[], locationIds: IdsByKey): Promise<IdsByKey> {
  const ids = new Map<string, string>();
  for (const { slug, campusCode, ...fields } of teams) {
    const data = { ...fields, campusId: campusCode === null ? null : idFor(locationIds, campusCode, "campus") };
    const row = await tx.team.upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true } });
    ids.set(slug, row.id);
  }
  return ids;
}

async function upsertCategories(tx: Tx, categories: readonly SeedCategory[], teamIds: IdsByKey): Promise<number> {
  const ids = new Map<string, string>();
  for (const { slug, parentSlug, defaultTeamSlug, ...fields } of categories) {
    const data = {
      ...fields,
      parentId: parentSlug === null ? null : idFor(ids, parentSlug, "parent category"),
      defaultTeamId: idFor(teamIds, defaultTeamSlug, "team"),
    };
    const row = await tx.category.upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true } });
    ids.set(slug, row.id);
  }
  return ids.size;
}

type UserOutcome = "created" | "updated" | "unchanged";
type ExistingUser = Pick<User, "id" | "displayName" | "role" | "homeUnitId" | "phone">;

// Profile fields return to their demo values; the password and disabledAt are left as people set them.
// Unchanged users are not written at all, because any update would bump updatedAt ("last changed").
async function saveUser(
  tx: Tx,
  user: SeedUser,
  existing: ExistingUser | undefined,
  context: { locationIds: IdsByKey; passwordHash: string },
): Promise<{ id: string; outcome: UserOutcome }> {
  const { email, displayName, role, phone } = user;
  const homeUnitId = user.homeUnitCode === null ? null : idFor(context.locationIds, user.homeUnitCode, "home unit");
  const profile = { displayName, role, homeUnitId, phone };
  if (!existing) {
    const created = await tx.user.create({
      data: { email, ...profile, passwordHash: context.passwordHash },
      select: { id: true },
    });
    return { id: created.id, outcome: "created" };
  }
  const changed = (Object.keys(profile) as (keyof typeof profile)[]).some((field) => existing[field] !== profile[field]);
  if (changed) await tx.user.update({ where: { id: existing.id }, data: profile, select: { id: true } });
  return { id: existing.id, outcome: changed ? "updated" : "unchanged" };
}

async function upsertUsers(tx: Tx, users: readonly SeedUser[], locationIds: IdsByKey, passwordHash: string) {
  const existingRows = await tx.user.findMany({
    where: { email: { in: users.map((user) => user.email) } },
    select: { id: true, email: true, displayName: true, role: true, homeUnitId: true, phone: true },
  });
  const existingByEmail = new Map(existingRows.map((row) => [row.email, row]));
  const ids = new Map<string, string>();
  const outcomes: Record<UserOutcome, number> = { created: 0, updated: 0, unchanged: 0 };
  for (const user of users) {
    const saved = await saveUser(tx, user, existingByEmail.get(user.email), { locationIds, passwordHash });
    ids.set(user.email, saved.id);
    outcomes[saved.outcome] += 1;
  }
  return { ids: ids as IdsByKey, ...outcomes };
}

async function upsertTeamMembers(tx: Tx, users: readonly SeedUser[], teamIds: IdsByKey, userIds: IdsByKey) {
  let count = 0;
  for (const user of users) {
    const userId = idFor(userIds, user.email, "user");
    for (const { teamSlug, isLead } of user.teams) {
      const teamId = idFor(teamIds, teamSlug, "team");
      await tx.teamMember.upsert({
        where: { teamId_userId: { teamId, userId } },
        create: { teamId, userId, isLead },
        update: { isLead },
        select: { teamId: true },
      });
      count += 1;
    }
  }
  return count;
}

async function upsertAssets(tx: Tx, assets: readonly SeedAsset[], locationIds: IdsByKey): Promise<number> {
  const categories = await tx.category.findMany({ select: { id: true, slug: true } });
  const categoryIds = new Map(categories.map((category) => [category.slug, category.id]));
  for (const { tag, locationCode, categorySlug, name } of assets) {
    const data = {
      name,
      locationId: idFor(locationIds, locationCode, "location"),
      categoryId: categorySlug === null ? null : idFor(categoryIds, categorySlug, "category"),
    };
    await tx.asset.upsert({ where: { tag }, create: { tag, ...data }, update: data, select: { tag: true } });
  }
  return assets.length;
}

// Writes the default matrix only where a cell is missing: an admin's edits survive a re-seed.
async function seedPriorityMatrix(tx: Tx): Promise<number> {
  const cells = URGENCIES.flatMap((urgency) => IMPACTS.map((impact) => ({ urgency, impact, priority: DEFAULT_MATRIX[urgency][impact] })));
  await tx.priorityMatrixCell.createMany({ data: cells, skipDuplicates: true });
  return cells.length;
}

export async function seedHospital(db: Db, options: { password: string; now: Date; timeZone?: string }): Promise<SeedSummary> {
  const { locations, teams, categories, users, assets } = DEMO_HOSPITAL;
  // Hashed once, outside the transaction: argon2 is slow on purpose and would hold the transaction open.
  const passwordHash = await hashPassword(options.password);
  return db.$transaction(
    async (tx) => {
      const locationIds = await upsertLocations(tx, locations);
      const teamIds = await upsertTeams(tx, teams, locationIds);
      const categoryCount = await upsertCategories(tx, categories, teamIds);
      const savedUsers = await upsertUsers(tx, users, locationIds, passwordHash);
      const summary: SeedSummary = {
        locations: locationIds.size,
        teams: teamIds.size,
        categories: categoryCount,
        users: savedUsers.ids.size,
        usersCreated: savedUsers.created,
        usersUpdated: savedUsers.updated,
        teamMembers: await upsertTeamMembers(tx, users, teamIds, savedUsers.ids),
        assets: await upsertAssets(tx, assets, locationIds),
        matrixCells: await seedPriorityMatrix(tx),
        ...(await seedRota(tx, { teams: teamIds, users: savedUsers.ids }, options.now)),
        slaDefaultsCreated: (await ensureSlaDefaults(tx, options.timeZone ?? "America/New_York")).created,
      };
      await writeAudit(tx, { actorId: null, action: "seed.applied", entityType: "Seed", details: summary }, options.now);
      return summary;
    },
    // Some 180 sequential statements: far more than the 5 s default allows on a slow CI database.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

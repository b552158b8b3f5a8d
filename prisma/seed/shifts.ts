// The demo rota: who works when (in the hospital's wall-clock time) and who is on call. Riverside's on-site team
// and the Service Desk never close (a day person and a night person every day); Northgate's on-site team works
// days; remote specialists keep business hours. Nights, weekends and gaps fall to the on-call rotation, which
// pages for P1 and P2 only.
import type { Tx } from "@/server/prisma-client";

type Span = { start: number; end: number };
export type SeedShift = { teamSlug: string; email: string; weekdays: readonly number[] } & Span;

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;
const WEEKDAYS = [1, 2, 3, 4, 5] as const;
const DAY: Span = { start: 7 * 60, end: 19 * 60 };
const NIGHT: Span = { start: 19 * 60, end: 7 * 60 };
const OFFICE: Span = { start: 8 * 60, end: 17 * 60 };

export const SHIFTS: readonly SeedShift[] = [
  { teamSlug: "riverside-onsite", email: "kelly.nguyen@demo.hospital", weekdays: EVERY_DAY, ...DAY },
  { teamSlug: "riverside-onsite", email: "onsite@demo.hospital", weekdays: EVERY_DAY, ...NIGHT },
  { teamSlug: "northgate-onsite", email: "luis.ortega@demo.hospital", weekdays: EVERY_DAY, ...DAY },
  { teamSlug: "service-desk", email: "remote@demo.hospital", weekdays: EVERY_DAY, ...DAY },
  { teamSlug: "service-desk", email: "manager@demo.hospital", weekdays: EVERY_DAY, ...NIGHT },
  { teamSlug: "biomed", email: "grace.liu@demo.hospital", weekdays: WEEKDAYS, ...OFFICE },
  { teamSlug: "clinical-apps", email: "aisha.mohammed@demo.hospital", weekdays: WEEKDAYS, ...OFFICE },
  { teamSlug: "identity-access", email: "aisha.mohammed@demo.hospital", weekdays: WEEKDAYS, ...OFFICE },
  { teamSlug: "network-telecom", email: "tom.brennan@demo.hospital", weekdays: WEEKDAYS, ...OFFICE },
  { teamSlug: "security-ops", email: "tom.brennan@demo.hospital", weekdays: WEEKDAYS, ...OFFICE },
];

export const ON_CALL_DAYS = 14;
const DAY_MS = 24 * 3_600_000;

type Ids = ReadonlyMap<string, string>;
const need = (ids: Ids, key: string) => {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Seed rota refers to unknown "${key}".`);
  return id;
};

/** Adds the shifts that are missing; shifts an admin added or switched off are left as they are. */
async function seedShifts(tx: Tx, teamIds: Ids, userIds: Ids): Promise<number> {
  const wanted = SHIFTS.flatMap((plan) =>
    plan.weekdays.map((weekday) => ({ teamId: need(teamIds, plan.teamSlug), userId: need(userIds, plan.email), weekday, startMinute: plan.start, endMinute: plan.end })),
  );
  const existing = await tx.teamShift.findMany({ select: { teamId: true, userId: true, weekday: true, startMinute: true, endMinute: true } });
  const key = (s: (typeof wanted)[number]) => `${s.teamId}|${s.userId}|${s.weekday}|${s.startMinute}|${s.endMinute}`;
  const have = new Set(existing.map(key));
  await tx.teamShift.createMany({ data: wanted.filter((shift) => !have.has(key(shift))) });
  return wanted.length;
}

/**
 * One 24-hour on-call block per team per day for ON_CALL_DAYS days from the UTC day of `now`, members taking
 * turns. A block is known by (team, start): re-seeding adds only missing blocks, so swaps made by an admin stay.
 */
async function seedOnCall(tx: Tx, teamIds: Ids, userIds: Ids, createdById: string, now: Date): Promise<number> {
  const firstDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const rotas = new Map<string, string[]>();
  for (const plan of SHIFTS) {
    const people = rotas.get(plan.teamSlug) ?? [];
    const userId = need(userIds, plan.email);
    if (!people.includes(userId)) people.push(userId);
    rotas.set(plan.teamSlug, people);
  }
  const wanted = [...rotas].flatMap(([slug, people]) =>
    Array.from({ length: ON_CALL_DAYS }, (_, day) => ({
      teamId: need(teamIds, slug),
      userId: people[day % people.length]!,
      startsAt: new Date(firstDay + day * DAY_MS),
      endsAt: new Date(firstDay + (day + 1) * DAY_MS),
      createdById,
    })),
  );
  const existing = await tx.onCallAssignment.findMany({
    where: { startsAt: { gte: new Date(firstDay), lt: new Date(firstDay + ON_CALL_DAYS * DAY_MS) } },
    select: { teamId: true, startsAt: true },
  });
  const have = new Set(existing.map((block) => `${block.teamId}|${block.startsAt.getTime()}`));
  await tx.onCallAssignment.createMany({ data: wanted.filter((block) => !have.has(`${block.teamId}|${block.startsAt.getTime()}`)) });
  return wanted.length;
}

export async function seedRota(tx: Tx, ids: { teams: Ids; users: Ids }, now: Date): Promise<{ shifts: number; onCallBlocks: number }> {
  // The rota is the admin's work in a real hospital; the demo's is "set up by" the demo admin.
  const createdById = need(ids.users, "admin@demo.hospital");
  return { shifts: await seedShifts(tx, ids.teams, ids.users), onCallBlocks: await seedOnCall(tx, ids.teams, ids.users, createdById, now) };
}

import type { Actor } from "@/domain/authz/actor";
import type { Prisma } from "@/generated/prisma/client";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { ticketsFullyVisibleTo } from "@/features/tickets/visibility";
import { decodeCursor, encodeCursor } from "./cursor";
import type { TCategoryResource, TLocationResource, TTicketListQuery, TTicketResource } from "./schemas";
import {
  categoryResourceSelect,
  locationResourceSelect,
  ticketResourceSelect,
  toCategoryResource,
  toLocationResource,
  toTicketResource,
  type TicketResourceRow,
} from "./serializers";

/** One ticket the actor may see, or null: unknown and not-visible look the same from outside. */
export async function apiTicket(actor: Actor, id: string): Promise<TTicketResource | null> {
  assertCan(actor, "ticket:read");
  const row = await db.ticket.findFirst({ where: { AND: [ticketsFullyVisibleTo(actor), { id }] }, select: ticketResourceSelect });
  return row ? (await withPaths([row]))[0]! : null;
}

/** A page of the tickets the actor may see, most recently changed first. */
export async function apiTickets(actor: Actor, query: TTicketListQuery): Promise<{ data: TTicketResource[]; nextCursor: string | null }> {
  assertCan(actor, "ticket:read");
  const filters: Prisma.TicketWhereInput[] = [ticketsFullyVisibleTo(actor)];
  if (query.status) filters.push({ status: { in: query.status } });
  if (query.priority) filters.push({ priority: { in: query.priority } });
  if (query.categoryId) filters.push({ categoryId: query.categoryId });
  if (query.teamId) filters.push({ teamId: query.teamId });
  if (query.locationId) filters.push({ locationId: { in: await locationSubtree(query.locationId) } });
  if (query.updatedSince) filters.push({ updatedAt: { gte: query.updatedSince } });
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    filters.push({ OR: [{ updatedAt: { lt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { lt: after.id } }] });
  }
  const rows = await db.ticket.findMany({
    where: { AND: filters },
    select: ticketResourceSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null;
  return { data: await withPaths(page), nextCursor };
}

/** The category directory, flat with parentId, parents before children: every signed-in role may read it. */
export async function apiCategories(actor: Actor): Promise<TCategoryResource[]> {
  assertCan(actor, "ticket:read");
  const rows = await db.category.findMany({ where: { active: true }, select: categoryResourceSelect, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
  return parentsFirst(rows.map(toCategoryResource));
}

/** Breadth-first from the roots, keeping the given order among siblings; orphans of inactive parents come last. */
function parentsFirst<T extends { id: string; parentId: string | null }>(items: T[]): T[] {
  const ids = new Set(items.map((item) => item.id));
  const ordered = items.filter((item) => item.parentId === null);
  for (let i = 0; i < ordered.length; i++) ordered.push(...items.filter((item) => item.parentId === ordered[i]!.id));
  return [...ordered, ...items.filter((item) => item.parentId !== null && !ids.has(item.parentId))];
}

/** The location tree, flat with parentId and kind, parents before children. */
export async function apiLocations(actor: Actor): Promise<TLocationResource[]> {
  assertCan(actor, "ticket:read");
  const rows = await db.location.findMany({
    where: { active: true },
    select: locationResourceSelect,
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
  });
  return rows.map(toLocationResource);
}

async function withPaths(rows: TicketResourceRow[]): Promise<TTicketResource[]> {
  const paths = await locationPaths([...new Set(rows.map((row) => row.location.id))]);
  return rows.map((row) => toTicketResource(row, paths.get(row.location.id) ?? row.location.name));
}

/** Each location's ancestry in words, for many locations in one recursive query. */
async function locationPaths(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ origin: string; names: string[] }[]>`
    WITH RECURSIVE up AS (
      SELECT id AS origin, "parentId", name, 0 AS depth FROM "Location" WHERE id = ANY(${ids}::uuid[])
      UNION ALL
      SELECT up.origin, l."parentId", l.name, up.depth + 1 FROM "Location" l JOIN up ON l.id = up."parentId" WHERE up.depth < 10
    )
    SELECT origin::text AS origin, array_agg(name ORDER BY depth DESC) AS names FROM up GROUP BY origin`;
  return new Map(rows.map((row) => [row.origin, row.names.join(" › ")]));
}

/** A location and everything inside it (a unit and its rooms, a building and its floors...). */
async function locationSubtree(rootId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE down AS (
      SELECT id, 0 AS depth FROM "Location" WHERE id = ${rootId}::uuid
      UNION ALL
      SELECT l.id, down.depth + 1 FROM "Location" l JOIN down ON l."parentId" = down.id WHERE down.depth < 10
    )
    SELECT id::text AS id FROM down`;
  return rows.map((row) => row.id);
}

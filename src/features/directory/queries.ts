import type { Actor } from "@/domain/authz/actor";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";

/** Categories as a two-level tree (parents with their children), with the teams a category may default to. */
export async function categoryAdminData(actor: Actor) {
  assertCan(actor, "directory:manage");
  const [categories, teams] = await Promise.all([
    db.category.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, description: true, keywords: true, parentId: true, defaultTeamId: true, defaultMode: true, clinicalCritical: true, active: true, defaultTeam: { select: { name: true } } },
    }),
    db.team.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const parents = categories
    .filter((category) => !category.parentId)
    .map((parent) => ({ ...parent, children: categories.filter((child) => child.parentId === parent.id) }));
  return { parents, teams, all: categories };
}
export type CategoryAdminData = Awaited<ReturnType<typeof categoryAdminData>>;
export type CategoryRow = CategoryAdminData["all"][number];

type LocationRow = { id: string; kind: string; code: string; name: string; parentId: string | null; criticalCare: boolean; active: boolean };
export type LocationNode = LocationRow & { children: LocationNode[] };

/** Every place, inactive ones too (an admin may bring one back), as campus > building > floor > unit > room. */
export async function locationAdminData(actor: Actor) {
  assertCan(actor, "directory:manage");
  const rows = await db.location.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, kind: true, code: true, name: true, parentId: true, criticalCare: true, active: true },
  });
  const nodes = new Map<string, LocationNode>(rows.map((row) => [row.id, { ...row, children: [] }]));
  const roots: LocationNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return { campuses: roots, byId: nodes };
}

/** Teams with their campus and members (leads first), and the people who may be added to a team. */
export async function teamAdminData(actor: Actor) {
  assertCan(actor, "directory:manage");
  const [teams, people] = await Promise.all([
    db.team.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true, name: true, mode: true, campusDefault: true, active: true,
        campus: { select: { name: true } },
        members: { orderBy: [{ isLead: "desc" }, { user: { displayName: "asc" } }], select: { isLead: true, user: { select: { id: true, displayName: true, role: true } } } },
      },
    }),
    db.user.findMany({ where: { disabledAt: null, isService: false }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true, role: true } }),
  ]);
  return { teams, people };
}
export type TeamAdminData = Awaited<ReturnType<typeof teamAdminData>>;

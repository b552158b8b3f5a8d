import type { Actor } from "@/domain/authz/actor";
import { roleHasPermission } from "@/domain/authz/authorize";
import type { Prisma } from "@/generated/prisma/client";

/**
 * The tickets an actor may follow, as a Prisma `where`: rows outside it are never fetched. Clinicians see
 * what they reported, filed or joined ("affects me too"); technicians also see their teams' tickets; read-all
 * roles see everything. Nobody without a read permission sees anything. Someone who only joined sees the
 * summary and progress, not the details, messages or files: see ticketsFullyVisibleTo.
 */
export function ticketsVisibleTo(actor: Actor): Prisma.TicketWhereInput {
  return scope(actor, true);
}

/** The tickets whose details, messages and files the actor may read and add to: not merely joined ones. */
export function ticketsFullyVisibleTo(actor: Actor): Prisma.TicketWhereInput {
  return scope(actor, false);
}

function scope(actor: Actor, includeJoined: boolean): Prisma.TicketWhereInput {
  if (roleHasPermission(actor.role, "ticket:read:all")) return {};
  const mine: Prisma.TicketWhereInput[] = [];
  if (roleHasPermission(actor.role, "ticket:read:own")) {
    mine.push({ requesterId: actor.userId }, { filedById: actor.userId });
    if (includeJoined) mine.push({ affected: { some: { userId: actor.userId } } });
  }
  if (roleHasPermission(actor.role, "ticket:read:team")) {
    mine.push({ team: { members: { some: { userId: actor.userId } } } });
  }
  return mine.length ? { OR: mine } : { id: { in: [] } };
}

/** May this actor see internal notes and the full triage detail? Only IT staff. */
export function seesInternalNotes(actor: Actor): boolean {
  return roleHasPermission(actor.role, "ticket:comment:internal");
}

/**
 * The tickets an actor may change (status, and later claim and assign): those of their teams and those
 * assigned to them. Reading everything (ticket:read:all) is not leave to work on another team's tickets;
 * managers, who answer for every team, may.
 */
export function ticketsWorkableBy(actor: Actor): Prisma.TicketWhereInput {
  if (actor.role === "MANAGER") return {};
  return { OR: [{ assigneeId: actor.userId }, { team: { members: { some: { userId: actor.userId } } } }] };
}

import { formatTicketNumber } from "@/lib/ticket-number";
import type { Prisma } from "@/generated/prisma/client";
import type { TCategoryResource, TLocationResource, TTicketResource } from "./schemas";

// Rows to API resources. Explicit selects: a column added to Ticket later (or a relation such as internal
// comments) never reaches a client unless it is added here on purpose.

export const ticketResourceSelect = {
  id: true,
  number: true,
  summary: true,
  details: true,
  status: true,
  priority: true,
  impact: true,
  urgency: true,
  patientSafety: true,
  mode: true,
  callbackNumber: true,
  assetTag: true,
  createdAt: true,
  updatedAt: true,
  responseDueAt: true,
  resolutionDueAt: true,
  firstResponseAt: true,
  slaPausedAt: true,
  escalatedAt: true,
  resolvedAt: true,
  closedAt: true,
  triageExplanation: true,
  version: true,
  team: { select: { id: true, name: true } },
  assignee: { select: { id: true, displayName: true } },
  category: { select: { id: true, name: true } },
  location: { select: { id: true, name: true } },
} satisfies Prisma.TicketSelect;

export type TicketResourceRow = Prisma.TicketGetPayload<{ select: typeof ticketResourceSelect }>;

const iso = (instant: Date | null) => (instant ? instant.toISOString() : null);

/** `locationPath` is the location's ancestry in words, campus first. */
export function toTicketResource(row: TicketResourceRow, locationPath: string): TTicketResource {
  return {
    id: row.id,
    number: formatTicketNumber(row.number),
    summary: row.summary,
    details: row.details,
    status: row.status,
    priority: row.priority,
    impact: row.impact,
    urgency: row.urgency,
    patientSafety: row.patientSafety,
    mode: row.mode,
    team: row.team,
    assignee: row.assignee ? { id: row.assignee.id, name: row.assignee.displayName } : null,
    category: row.category,
    location: { ...row.location, path: locationPath },
    callbackNumber: row.callbackNumber,
    assetTag: row.assetTag,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    responseDueAt: iso(row.responseDueAt),
    resolutionDueAt: iso(row.resolutionDueAt),
    firstResponseAt: iso(row.firstResponseAt),
    slaPausedAt: iso(row.slaPausedAt),
    escalatedAt: iso(row.escalatedAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    triageExplanation: row.triageExplanation,
    version: row.version,
  };
}

export const categoryResourceSelect = { id: true, name: true, description: true, parentId: true, defaultMode: true } satisfies Prisma.CategorySelect;

export function toCategoryResource(row: Prisma.CategoryGetPayload<{ select: typeof categoryResourceSelect }>): TCategoryResource {
  return { id: row.id, name: row.name, description: row.description, parentId: row.parentId, mode: row.defaultMode };
}

export const locationResourceSelect = { id: true, kind: true, code: true, name: true, parentId: true, criticalCare: true } satisfies Prisma.LocationSelect;

export function toLocationResource(row: Prisma.LocationGetPayload<{ select: typeof locationResourceSelect }>): TLocationResource {
  return { ...row };
}

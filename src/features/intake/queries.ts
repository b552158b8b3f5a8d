import type { Actor } from "@/domain/authz/actor";
import { roleHasPermission } from "@/domain/authz/authorize";
import { STATUS_WORDS } from "@/domain/tickets/status";
import { formatTicketNumber } from "@/lib/ticket-number";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { describePath, locationPath } from "@/features/locations/queries";
import { offerable } from "./offer-scope";
import { categoryGroups, findOption, locationGroups, type PickerGroup } from "./picker-options";
import type { SimilarTicket } from "./schemas";

// How far back "affects me too" looks: a problem reported this shift, not last week's.
export { SIMILAR_WINDOW_HOURS } from "./offer-scope";
const SIMILAR_LIMIT = 5;

export type RegisteredAsset = { tag: string; name: string; path: string };

export type IntakeFormData = {
  categories: PickerGroup[];
  locations: PickerGroup[];
  defaults: { categoryId: string; locationId: string; callbackNumber: string; assetTag: string };
  /** The asset named in the link, when it is registered and active. */
  asset: RegisteredAsset | null;
  canFileOnBehalf: boolean;
};

/** Everything the intake form needs, with defaults from the asset in the link, else the user's home unit and phone. */
export async function intakeFormData(actor: Actor, { assetTag }: { assetTag?: string }): Promise<IntakeFormData> {
  assertCan(actor, "ticket:create");
  const tag = normaliseAssetTag(assetTag);
  const [categoryRows, locationRows, user, assetRow] = await Promise.all([
    db.category.findMany({
      where: { active: true },
      select: { id: true, name: true, description: true, keywords: true, parentId: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
    // Location names are not sensitive: every signed-in role may read the directory.
    db.location.findMany({
      where: { active: true },
      select: { id: true, kind: true, name: true, code: true, parentId: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
    db.user.findUnique({ where: { id: actor.userId }, select: { phone: true, homeUnitId: true } }),
    tag ? db.asset.findFirst({ where: { tag, active: true }, select: { tag: true, name: true, locationId: true, categoryId: true } }) : null,
  ]);
  const categories = categoryGroups(categoryRows);
  const locations = locationGroups(locationRows);
  // A default that is not in the pickers (inactive, or a floor) would be a value the nurse cannot see.
  const offered = (groups: PickerGroup[], id: string | null | undefined) => (id && findOption(groups, id) ? id : "");
  return {
    categories,
    locations,
    defaults: {
      categoryId: offered(categories, assetRow?.categoryId),
      locationId: offered(locations, assetRow?.locationId) || offered(locations, user?.homeUnitId),
      callbackNumber: user?.phone ?? "",
      assetTag: tag ?? "",
    },
    asset: assetRow ? { tag: assetRow.tag, name: assetRow.name, path: describePath(await locationPath(assetRow.locationId)) } : null,
    canFileOnBehalf: roleHasPermission(actor.role, "ticket:create:on-behalf"),
  };
}

/** The tag as ZFileTicket will store it, or undefined for something that cannot be a tag. */
export function normaliseAssetTag(tag: string | undefined): string | undefined {
  const trimmed = tag?.trim().toUpperCase();
  return trimmed && /^[A-Z0-9._/-]{1,40}$/.test(trimmed) ? trimmed : undefined;
}

/**
 * Open tickets of the same category reported in the last hours in the same building, or affecting several
 * units anywhere: offered so a clinician can add themselves instead of filing a duplicate. Summary-level facts
 * only, newest first. The summary was screened by the PHI guard when it was filed.
 */
export async function similarOpenTickets(
  actor: Actor,
  { categoryId, locationId, now }: { categoryId: string; locationId: string; now: Date },
): Promise<SimilarTicket[]> {
  assertCan(actor, "ticket:create");
  const rows = await db.ticket.findMany({
    where: await offerable({ categoryId, locationId, now }),
    orderBy: { createdAt: "desc" },
    take: SIMILAR_LIMIT,
    select: {
      id: true,
      number: true,
      summary: true,
      status: true,
      locationId: true,
      requesterId: true,
      filedById: true,
      affected: { select: { userId: true } },
    },
  });
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      number: formatTicketNumber(row.number),
      summary: row.summary,
      location: describePath(await locationPath(row.locationId)),
      statusWords: STATUS_WORDS[row.status],
      // The requester plus everyone who joined (a requester who also joined is counted once).
      peopleAffected: new Set([row.requesterId, ...row.affected.map((a) => a.userId)]).size,
      following: [row.requesterId, row.filedById, ...row.affected.map((a) => a.userId)].includes(actor.userId),
    })),
  );
}

// Shapes of the demo hospital as plain data. Rows refer to each other by natural key (location code,
// team slug, email), never by id, so the same data can be upserted into any database.
import type { LocationKind, Role, WorkMode } from "@/generated/prisma/enums";

export type SeedLocation = {
  kind: LocationKind;
  // Hierarchical: "RMC" > "RMC-A" > "RMC-A-4" > "RMC-A-4-4W" > "RMC-A-4-4W-412".
  code: string;
  name: string;
  parentCode: string | null;
  criticalCare: boolean;
  sortOrder: number;
};

export type SeedTeam = {
  slug: string;
  name: string;
  mode: WorkMode;
  campusCode: string | null;
  campusDefault: boolean;
  description: string;
};

export type SeedCategory = {
  slug: string;
  name: string;
  description: string;
  keywords: string;
  parentSlug: string | null;
  defaultTeamSlug: string;
  defaultMode: WorkMode;
  clinicalCritical: boolean;
  sortOrder: number;
};

export type SeedTeamMembership = { teamSlug: string; isLead: boolean };

export type SeedUser = {
  // Lower-case: sign-in compares exact strings.
  email: string;
  displayName: string;
  role: Role;
  homeUnitCode: string | null;
  phone: string | null;
  teams: readonly SeedTeamMembership[];
};

export type SeedAsset = {
  // Printed on the device's label and in its QR code (/tickets/new?asset=TAG).
  tag: string;
  name: string;
  locationCode: string;
  categorySlug: string | null;
};

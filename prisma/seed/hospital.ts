// The demo hospital as plain data, no database access: Riverside Medical Center and its Northgate Campus,
// the IT teams that support them, what clinicians file tickets about, and one demo account per role.
// Split by concern into the files below; this is the one place the seed reads them from.
import { ASSETS } from "./assets";
import { CATEGORIES } from "./categories";
import { LOCATIONS } from "./locations";
import { TEAMS } from "./teams";
import type { SeedAsset, SeedCategory, SeedLocation, SeedTeam, SeedUser } from "./types";
import { USERS } from "./users";

export type SeedHospital = {
  locations: readonly SeedLocation[];
  teams: readonly SeedTeam[];
  categories: readonly SeedCategory[];
  users: readonly SeedUser[];
  assets: readonly SeedAsset[];
};

export const DEMO_HOSPITAL: SeedHospital = {
  locations: LOCATIONS,
  teams: TEAMS,
  categories: CATEGORIES,
  users: USERS,
  assets: ASSETS,
};

export type { SeedAsset, SeedCategory, SeedLocation, SeedTeam, SeedTeamMembership, SeedUser } from "./types";

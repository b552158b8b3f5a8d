import type { TRole } from "./roles";

/** The signed-in person as every command and query sees them, loaded from the session row on each request. */
export type Actor = {
  userId: string;
  sessionId: string;
  role: TRole;
  email: string;
  displayName: string;
  homeUnitId: string | null;
};

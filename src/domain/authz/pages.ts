import type { Permission } from "./permissions";

// Every signed-in page and the permission that opens it: the pages enforce it, the navigation shows by it and
// the role-boundary e2e spec is generated from it.
export const PAGES = {
  "/tickets": { permission: "ticket:read:own", label: "My tickets" },
  "/queue": { permission: "queue:read", label: "Work queue" },
  "/reports/sla": { permission: "report:read", label: "SLA reports" },
  "/admin": { permission: "admin:access", label: "Administration" },
} as const satisfies Record<string, { permission: Permission; label: string }>;

export type PagePath = keyof typeof PAGES;

export const PAGE_PATHS = Object.keys(PAGES) as PagePath[];

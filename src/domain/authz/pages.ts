import type { Permission } from "./permissions";

// Every signed-in page with a fixed address and the permission that opens it: the pages enforce it, the
// navigation shows by it (`nav`) and the role-boundary e2e spec is generated from it. Pages with ids in their
// address (/tickets/[id]) check a permission directly and scope their query to what the actor may see.
export const PAGES = {
  "/tickets": { permission: "ticket:read:own", label: "My tickets", nav: true },
  "/tickets/new": { permission: "ticket:create", label: "Report a problem", nav: true },
  "/queue": { permission: "queue:read", label: "Work queue", nav: true },
  "/reports/sla": { permission: "report:read", label: "SLA reports", nav: true },
  "/admin": { permission: "admin:access", label: "Administration", nav: true },
  "/admin/api-tokens": { permission: "api-token:manage", label: "API tokens", nav: false },
  "/admin/sla": { permission: "sla:configure", label: "SLA policies", nav: true },
  "/admin/sla/policies/new": { permission: "sla:configure", label: "New SLA policy", nav: false },
  "/admin/sla/calendars/new": { permission: "sla:configure", label: "New calendar", nav: false },
  "/admin/triage": { permission: "triage:configure", label: "Triage rules", nav: false },
  "/admin/shifts": { permission: "directory:manage", label: "Shifts and on-call", nav: false },
  "/admin/categories": { permission: "directory:manage", label: "Categories", nav: false },
  "/admin/teams": { permission: "directory:manage", label: "Teams and members", nav: false },
  "/admin/locations": { permission: "directory:manage", label: "Locations", nav: false },
  "/notifications": { permission: "notification:read", label: "Notifications", nav: false },
  "/downtime": { permission: "outage:declare", label: "Downtime", nav: true },
  "/incidents": { permission: "outage:confirm", label: "Outages", nav: true },
} as const satisfies Record<string, { permission: Permission; label: string; nav: boolean }>;

export type PagePath = keyof typeof PAGES;

export const PAGE_PATHS = Object.keys(PAGES) as PagePath[];

import type { Permission } from "./permissions";

// Mirrors the Role enum in prisma/schema.prisma; domain code stays free of the generated client.
export const ROLES = ["CLINICIAN", "ONSITE_TECH", "REMOTE_AGENT", "MANAGER", "ADMIN"] as const;
export type TRole = (typeof ROLES)[number];

export const ROLE_LABELS: Record<TRole, string> = {
  CLINICIAN: "Clinician",
  ONSITE_TECH: "On-site technician",
  REMOTE_AGENT: "Remote support agent",
  MANAGER: "IT manager",
  ADMIN: "Administrator",
};

const TECHNICIAN: readonly Permission[] = [
  "ticket:create",
  "ticket:read",
  "ticket:attach",
  "ticket:join",
  "notification:read",
  "ticket:create:on-behalf",
  "ticket:read:own",
  "ticket:read:team",
  "ticket:read:all",
  "ticket:comment:public",
  "ticket:comment:internal",
  "ticket:claim",
  "ticket:assign",
  "ticket:transition",
  "ticket:retriage",
  "queue:read",
  "outage:confirm",
];

// Least privilege: each role gets what its daily work needs, nothing by inheritance.
export const ROLE_PERMISSIONS: Record<TRole, readonly Permission[]> = {
  CLINICIAN: [
    "ticket:create",
    "ticket:read",
    "ticket:read:own",
    "ticket:read:unit",
    "ticket:comment:public",
    "ticket:attach",
    "ticket:join",
    "notification:read",
  ],
  ONSITE_TECH: TECHNICIAN,
  REMOTE_AGENT: TECHNICIAN,
  MANAGER: [
    ...TECHNICIAN.filter((permission) => permission !== "ticket:claim"),
    "report:read",
    "report:export",
    "sla:configure",
    "outage:declare",
  ],
  ADMIN: [
    "ticket:read",
    "ticket:read:all",
    "notification:read",
    "report:read",
    "report:export",
    "triage:configure",
    "directory:manage",
    "user:manage",
    "session:revoke",
    "api-token:manage",
    "audit:read",
    "admin:access",
  ],
};

// Where each role starts its day after signing in.
export const ROLE_HOME: Record<TRole, string> = {
  CLINICIAN: "/tickets",
  ONSITE_TECH: "/queue",
  REMOTE_AGENT: "/queue",
  MANAGER: "/reports/sla",
  ADMIN: "/admin",
};

export function isRole(value: unknown): value is TRole {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

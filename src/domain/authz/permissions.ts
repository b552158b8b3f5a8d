// The one list of what can be done in WardDesk. The UI shows or hides by these strings and the server
// enforces them in every action, query and route handler; tests generate the role matrix from this list.
// Format: resource:action[:scope].

export const PERMISSIONS = {
  "ticket:create": "Report a problem for yourself",
  "ticket:create:on-behalf": "Report a problem on behalf of a caller",
  "ticket:read": "Open ticket pages (which tickets depends on the read scopes below)",
  "ticket:read:own": "See the tickets you reported or are affected by",
  "ticket:read:unit": "See the open tickets of your home unit (summary only)",
  "ticket:read:team": "See the tickets routed to your teams",
  "ticket:read:all": "See every ticket, read-only outside your teams",
  "ticket:comment:public": "Reply on a ticket where the requester can read it",
  "ticket:comment:internal": "Write internal notes only IT staff can read",
  "ticket:claim": "Take an unassigned ticket from your team's queue",
  "ticket:assign": "Assign a ticket to a member of the team",
  "ticket:transition": "Move a ticket through its statuses",
  "ticket:retriage": "Change a ticket's priority, team or mode, with a reason",
  "ticket:attach": "Add screenshots or PDFs to a ticket you can see",
  "ticket:join": "Add yourself to an open ticket as someone affected",
  "notification:read": "Read your own notifications",
  "queue:read": "Use the work queue dashboards",
  "report:read": "Read SLA reports",
  "report:export": "Export SLA reports as CSV",
  "sla:configure": "Edit SLA policies and calendars",
  "outage:declare": "Declare major incidents and downtime",
  "outage:confirm": "Confirm a proposed major incident",
  "triage:configure": "Edit the priority matrix and routing rules",
  "directory:manage": "Edit locations, teams and categories",
  "user:manage": "Create, edit and disable user accounts",
  "session:revoke": "List and end other users' sessions",
  "api-token:manage": "Issue and revoke API tokens for systems",
  "audit:read": "Read the audit log",
  "admin:access": "Open the administration area",
} as const satisfies Record<string, string>;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

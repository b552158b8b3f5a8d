import { z } from "zod";
import { OPEN_STATUSES } from "@/domain/tickets/status";

// The queue's filters live in the address, so a link, a reload or a saved view shows the same list. Each
// parameter is checked on its own: one bad value is dropped (and named on the page), the rest still apply.

export const QUEUE_TABS = ["mine", "unassigned", "team", "all"] as const;
export type TQueueTab = (typeof QUEUE_TABS)[number];

export const QUEUE_PRIORITIES = ["P1", "P2", "P3", "P4"] as const;
export const SLA_STATES = ["overdue", "soon", "paused", "escalated"] as const;
export type TSlaState = (typeof SLA_STATES)[number];

export const SLA_STATE_WORDS: Record<TSlaState, string> = {
  overdue: "Overdue",
  soon: "Due soon",
  paused: "Clock paused",
  escalated: "Escalated",
};

const ZPriorities = z.array(z.enum(QUEUE_PRIORITIES)).min(1).max(4);
// "1712345678901.<uuid>" or "n.<uuid>" for rows without a running clock (they sort last).
const ZCursor = z.string().regex(/^(?:\d{1,15}|n)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

const FIELDS = {
  tab: z.enum(QUEUE_TABS),
  priority: ZPriorities,
  category: z.uuid(),
  location: z.uuid(),
  status: z.enum(OPEN_STATUSES as [string, ...string[]]),
  sla: z.enum(SLA_STATES),
  q: z.string().trim().min(1).max(200),
  group: z.literal("floor"),
  cursor: ZCursor,
} as const;

export type TQueueFilters = {
  tab?: TQueueTab;
  priority?: (typeof QUEUE_PRIORITIES)[number][];
  category?: string;
  location?: string;
  status?: (typeof OPEN_STATUSES)[number];
  sla?: TSlaState;
  q?: string;
  group?: "floor";
  cursor?: string;
};

type Param = string | string[] | undefined;

/** "P1,P2", or the parameter repeated (checkboxes send priority=P1&priority=P2). */
function raw(name: keyof typeof FIELDS, value: Param): unknown {
  if (name === "priority") {
    const parts = (Array.isArray(value) ? value : [value ?? ""]).flatMap((part) => part.split(",")).filter(Boolean);
    return [...new Set(parts)];
  }
  return Array.isArray(value) ? value[0] : value;
}

/** The filters that make sense, and the names of the ones that did not (shown, never a crash). */
export function parseQueueParams(params: Record<string, Param>): { filters: TQueueFilters; ignored: string[] } {
  const filters: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const name of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    const value = params[name];
    if (value === undefined || value === "" || (Array.isArray(value) && value.every((part) => part === ""))) continue;
    const parsed = FIELDS[name].safeParse(raw(name, value));
    if (parsed.success) filters[name] = parsed.data;
    else ignored.push(name);
  }
  return { filters: filters as TQueueFilters, ignored };
}

/** The address of a queue list, without the page cursor unless asked: the form of a saved view. */
export function queueQuery(filters: TQueueFilters, keepCursor = false): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value === undefined || (name === "cursor" && !keepCursor)) continue;
    search.set(name, Array.isArray(value) ? value.join(",") : String(value));
  }
  return search.toString();
}

export const ZSaveView = z.object({
  name: z.string().trim().min(1, "Give the view a name.").max(60, "Keep the name under 60 characters."),
  query: z.string().max(1000),
});
export type TSaveView = z.output<typeof ZSaveView>;

export const ZDeleteView = z.object({ viewId: z.uuid("That view does not exist.") });

export type ViewFormState = {
  status: "idle" | "error" | "saved";
  message?: string;
  fields?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

/** A query string as the page receives it: repeated names (priority=P1&priority=P2) become lists. */
export function paramsFromQuery(query: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(query)) {
    const seen = params[name];
    params[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return params;
}

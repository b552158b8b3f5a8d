import { DEFAULT_BUSINESS_HOURS, DEFAULT_POLICY_TARGETS } from "@/domain/sla/defaults";
import type { Db, Tx } from "@/server/prisma-client";
import { DEFAULT_PAUSE_STATUSES } from "./load";

export const ALWAYS_CALENDAR_NAME = "Around the clock";
export const BUSINESS_CALENDAR_NAME = "Service desk hours";

const PRIORITY_NAMES = { P1: "Critical", P2: "Urgent", P3: "Normal", P4: "Low" } as const;

/**
 * Gives a database the hospital defaults (P1 15 min / 4 h and P2 30 min / 8 h around the clock; P3 and P4 in
 * desk hours) the first time it runs, and never touches them again: once a manager has edited the policies,
 * these are theirs. Runs at every start (a real hospital's database is not seeded with demo data, but it must
 * never run without promises), in the demo seed and in the test hospital.
 */
export async function ensureSlaDefaults(client: Db | Tx, timeZone: string): Promise<{ created: boolean }> {
  if ((await client.slaCalendar.count()) > 0) return { created: false };
  const always = await client.slaCalendar.create({ data: { name: ALWAYS_CALENDAR_NAME, kind: "ALWAYS", timeZone, hours: [] }, select: { id: true } });
  const business = await client.slaCalendar.create({
    data: { name: BUSINESS_CALENDAR_NAME, kind: "BUSINESS_HOURS", timeZone, hours: DEFAULT_BUSINESS_HOURS },
    select: { id: true },
  });
  const calendarId = (kind: "ALWAYS" | "BUSINESS_HOURS") => (kind === "ALWAYS" ? always.id : business.id);
  await client.slaPolicy.createMany({
    data: (["P1", "P2", "P3", "P4"] as const).map((priority) => {
      const targets = DEFAULT_POLICY_TARGETS[priority];
      return {
        name: `${PRIORITY_NAMES[priority]} (${priority})`,
        priority,
        responseMinutes: targets.response.minutes,
        responseCalendarId: calendarId(targets.response.calendar),
        resolutionMinutes: targets.resolution.minutes,
        resolutionCalendarId: calendarId(targets.resolution.calendar),
      };
    }),
  });
  await client.slaSettings.upsert({ where: { id: 1 }, create: { id: 1, pauseStatuses: [...DEFAULT_PAUSE_STATUSES] }, update: {} });
  return { created: true };
}

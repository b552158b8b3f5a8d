import type { Metadata } from "next";
import { env } from "@/env";
import { CalendarForm } from "@/features/sla-admin/components/calendar-form";
import { timeZoneChoices } from "@/features/sla-admin/time-zones";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "New calendar" };

export default async function NewCalendarPage() {
  await requirePageActor("/admin/sla/calendars/new");
  const timeZone = env().HOSPITAL_TIME_ZONE;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">New calendar</h1>
        <p className="mt-2 max-w-prose text-lg">Set the hours a target counts; add holidays once it is saved.</p>
      </div>
      <CalendarForm editing={null} initial={{ name: "", kind: "BUSINESS_HOURS", timeZone }} timeZones={timeZoneChoices(timeZone)} />
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { env } from "@/env";
import { formValuesOfHours } from "@/features/sla-admin/calendar-hours";
import { CalendarForm } from "@/features/sla-admin/components/calendar-form";
import { Holidays } from "@/features/sla-admin/components/holidays";
import { calendarEditor } from "@/features/sla-admin/queries";
import { timeZoneChoices } from "@/features/sla-admin/time-zones";
import { requirePagePermission } from "@/server/auth";

export const metadata: Metadata = { title: "Edit calendar" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditCalendarPage({ params, searchParams }: Props) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const actor = await requirePagePermission("sla:configure", `/admin/sla/calendars/${id}`);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const calendar = await calendarEditor(actor, id);
  if (!calendar) notFound();
  const initial = { name: calendar.name, kind: calendar.kind, timeZone: calendar.timeZone, ...formValuesOfHours(calendar.hours) };
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">Calendar: {calendar.name}</h1>
        <p className="mt-2 max-w-prose text-lg">Changes here, holidays included, also move the due times of tickets already running on this calendar.</p>
      </div>
      {saved && <Notice tone="success">Calendar saved.</Notice>}
      <CalendarForm key={calendar.version} editing={{ id: calendar.id, version: calendar.version }} initial={initial} timeZones={timeZoneChoices(calendar.timeZone, env().HOSPITAL_TIME_ZONE)} />
      <Holidays calendar={calendar} />
    </div>
  );
}

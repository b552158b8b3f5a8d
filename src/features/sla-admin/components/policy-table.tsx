import Link from "next/link";
import { PRIORITY_WORDS } from "@/domain/tickets/status";
import type { AdminPolicy, CalendarSummary } from "../queries";
import { targetWords } from "../targets";

const cell = "p-3 align-top";

function Target({ minutes, calendarId, calendars }: { minutes: number; calendarId: string; calendars: CalendarSummary[] }) {
  const calendar = calendars.find((c) => c.id === calendarId);
  return (
    <>
      <span className="block font-semibold">{calendar ? targetWords(minutes, calendar.calendar) : `${minutes} minutes`}</span>
      <span className="block text-sm text-ink-muted">{calendar?.name ?? "Unknown calendar"}</span>
    </>
  );
}

/** Every policy, on or off, by priority: what it covers and its two targets with the hours each counts. */
export function PolicyTable({ policies, calendars }: { policies: AdminPolicy[]; calendars: CalendarSummary[] }) {
  if (policies.length === 0) return <p className="text-base">No policies yet: tickets get no targets until you add one.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Policies</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>Priority</th>
            <th scope="col" className={cell}>Covers</th>
            <th scope="col" className={cell}>First response within</th>
            <th scope="col" className={cell}>Fixed within</th>
            <th scope="col" className={cell}>In use</th>
            <th scope="col" className={cell}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {policies.map((policy) => (
            <tr key={policy.id} className="border-b border-line/40">
              <td className={cell}>
                <span className="block font-semibold">{PRIORITY_WORDS[policy.priority]}</span>
                <span className="block text-sm text-ink-muted">{policy.name}</span>
              </td>
              <td className={cell}>
                <span className="block">{policy.category?.name ?? "All categories"}</span>
                <span className="block">{policy.team?.name ?? "All teams"}</span>
              </td>
              <td className={cell}><Target minutes={policy.responseMinutes} calendarId={policy.responseCalendarId} calendars={calendars} /></td>
              <td className={cell}><Target minutes={policy.resolutionMinutes} calendarId={policy.resolutionCalendarId} calendars={calendars} /></td>
              <td className={cell}>{policy.active ? "Yes" : "No (switched off)"}</td>
              <td className={cell}>
                <Link href={`/admin/sla/policies/${policy.id}`} className="inline-flex min-h-12 items-center font-semibold text-brand underline underline-offset-4">
                  Edit<span className="sr-only"> {policy.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

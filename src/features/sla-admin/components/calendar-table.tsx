import Link from "next/link";
import type { CalendarSummary } from "../queries";
import { hoursSummary } from "../calendar-hours";

const cell = "p-3 align-top";

export function CalendarTable({ calendars }: { calendars: CalendarSummary[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Calendars</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>Calendar</th>
            <th scope="col" className={cell}>The clock counts</th>
            <th scope="col" className={cell}>Holidays</th>
            <th scope="col" className={cell}>Policies using it</th>
            <th scope="col" className={cell}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {calendars.map((calendar) => (
            <tr key={calendar.id} className="border-b border-line/40">
              <td className={cell}>
                <span className="block font-semibold">{calendar.name}</span>
                <span className="block text-sm text-ink-muted">{calendar.timeZone.replaceAll("_", " ")}</span>
              </td>
              <td className={cell}>{calendar.kind === "ALWAYS" ? "Around the clock, every day" : hoursSummary(calendar.hours)}</td>
              <td className={cell}>{calendar.kind === "ALWAYS" ? "Not used" : calendar.holidayCount}</td>
              <td className={cell}>{calendar.activePolicies}</td>
              <td className={cell}>
                <Link href={`/admin/sla/calendars/${calendar.id}`} className="inline-flex min-h-12 items-center font-semibold text-brand underline underline-offset-4">
                  Edit<span className="sr-only"> {calendar.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

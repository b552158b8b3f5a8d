import { removeHolidayAction } from "../actions";
import type { CalendarEditor } from "../queries";
import { AddHolidayForm } from "./add-holiday-form";

const cell = "p-3";
// Holidays are calendar dates, not instants: formatting them in UTC keeps the day the manager typed.
const format = new Intl.DateTimeFormat("en-US", { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dateWords = (date: string) => format.format(new Date(`${date}T00:00:00Z`));

function HolidayTable({ calendar }: { calendar: CalendarEditor }) {
  if (calendar.holidays.length === 0) return <p className="text-base">No holidays yet.</p>;
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">Holidays</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className={cell}>Date</th>
          <th scope="col" className={cell}>Name</th>
          <th scope="col" className={cell}><span className="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {calendar.holidays.map((holiday) => (
          <tr key={holiday.id} className="border-b border-line/40">
            <td className={cell}>{dateWords(holiday.date)}</td>
            <td className={cell}>{holiday.name}</td>
            <td className={cell}>
              <form action={removeHolidayAction}>
                <input type="hidden" name="holidayId" value={holiday.id} />
                <input type="hidden" name="calendarId" value={calendar.id} />
                <button type="submit" className="inline-flex min-h-12 items-center font-semibold text-danger underline underline-offset-4">
                  Remove<span className="sr-only"> {holiday.name}, {dateWords(holiday.date)}</span>
                </button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The calendar's closed days: clocks on it stand still all day, running ones included. */
export function Holidays({ calendar }: { calendar: CalendarEditor }) {
  return (
    <section aria-labelledby="holidays-heading" className="flex flex-col gap-4 rounded-md bg-paper p-5 shadow-sm">
      <h2 id="holidays-heading" className="text-xl font-bold">Holidays</h2>
      {calendar.kind === "ALWAYS" ? (
        <p className="text-base">This calendar counts every day, holidays too. Switch it to “during set hours only” to close it on holidays.</p>
      ) : (
        <>
          <p className="text-base">The clock does not count on these days. Adding or removing one also moves tickets already running on this calendar.</p>
          <HolidayTable calendar={calendar} />
          <AddHolidayForm calendarId={calendar.id} />
        </>
      )}
    </section>
  );
}

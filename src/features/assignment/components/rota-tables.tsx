import { formatMinute, WEEKDAY_NAMES } from "@/domain/assignment/shifts";
import { deleteOnCallAction, deleteShiftAction } from "../actions";
import type { RotaTeam } from "../queries";

const cell = "p-3";

function RemoveButton({ action, id, what }: { action: (form: FormData) => Promise<void>; id: string; what: string }) {
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="inline-flex min-h-12 items-center font-semibold text-danger underline underline-offset-4">
        Remove<span className="sr-only"> {what}</span>
      </button>
    </form>
  );
}

function ShiftTable({ team }: { team: RotaTeam }) {
  if (team.shifts.length === 0) return <p className="text-base">No weekly shifts: new tickets wait in the team queue (critical and urgent ones page the person on call).</p>;
  return (
    <table className="w-full border-collapse text-left">
      <caption className="py-2 text-left text-lg font-bold">Weekly shifts</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className={cell}>Day</th>
          <th scope="col" className={cell}>Hours</th>
          <th scope="col" className={cell}>Who</th>
          <th scope="col" className={cell}><span className="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {team.shifts.map((shift) => {
          const day = WEEKDAY_NAMES[shift.weekday - 1] ?? `Day ${shift.weekday}`;
          const hours = `${formatMinute(shift.startMinute)} to ${formatMinute(shift.endMinute)}${shift.endMinute <= shift.startMinute ? " (next day)" : ""}`;
          return (
            <tr key={shift.id} className="border-b border-line/40">
              <td className={cell}>{day}</td>
              <td className={cell}>{hours}{shift.active ? "" : " (switched off)"}</td>
              <td className={cell}>{shift.userName}</td>
              <td className={cell}><RemoveButton action={deleteShiftAction} id={shift.id} what={`${shift.userName}'s ${day} shift ${hours}`} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function OnCallTable({ team, timeZone }: { team: RotaTeam; timeZone: string }) {
  if (team.onCall.length === 0) return <p className="text-base">Nobody is on call from now on.</p>;
  const format = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <table className="w-full border-collapse text-left">
      <caption className="py-2 text-left text-lg font-bold">On call</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className={cell}>From</th>
          <th scope="col" className={cell}>To</th>
          <th scope="col" className={cell}>Who</th>
          <th scope="col" className={cell}><span className="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {team.onCall.map((period) => (
          <tr key={period.id} className="border-b border-line/40">
            <td className={cell}>{format.format(period.startsAt)}</td>
            <td className={cell}>{format.format(period.endsAt)}</td>
            <td className={cell}>{period.userName}</td>
            <td className={cell}><RemoveButton action={deleteOnCallAction} id={period.id} what={`${period.userName} on call from ${format.format(period.startsAt)}`} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each team's rota: its weekly shifts and its on-call periods that have not ended. */
export function RotaTables({ teams, timeZone }: { teams: RotaTeam[]; timeZone: string }) {
  return (
    <div className="flex flex-col gap-6">
      {teams.map((team) => (
        <section key={team.id} aria-labelledby={`team-${team.id}`} className="overflow-x-auto rounded-md bg-paper p-5 shadow-sm">
          <h2 id={`team-${team.id}`} className="text-xl font-bold">{team.name}</h2>
          <ShiftTable team={team} />
          <OnCallTable team={team} timeZone={timeZone} />
        </section>
      ))}
    </div>
  );
}

import type { Metadata } from "next";
import { env } from "@/env";
import { AddOnCallForm, AddShiftForm } from "@/features/assignment/components/rota-forms";
import { RotaTables } from "@/features/assignment/components/rota-tables";
import { rotaOverview } from "@/features/assignment/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "Shifts and on-call" };

export default async function ShiftsPage() {
  const actor = await requirePageActor("/admin/shifts");
  const teams = await rotaOverview(actor, new Date());
  const timeZone = env().HOSPITAL_TIME_ZONE;
  const choices = teams.map(({ id, name, members }) => ({ id, name, members }));
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">Shifts and on-call</h1>
        <p className="mt-2 max-w-prose text-lg">
          A new ticket goes to the member of its team who is on shift and has the fewest open tickets. When nobody is
          on shift, critical and urgent tickets go to the person on call, who is paged. Hours are hospital time.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <AddShiftForm teams={choices} />
        <AddOnCallForm teams={choices} timeZone={timeZone} />
      </div>
      <RotaTables teams={teams} timeZone={timeZone} />
    </div>
  );
}

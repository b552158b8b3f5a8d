import type { Metadata } from "next";
import { env } from "@/env";
import { DeclareDowntimeForm } from "@/features/downtime/components/declare-downtime-form";
import { DowntimeList } from "@/features/downtime/components/downtime-list";
import { campusOptions, listDowntimes } from "@/features/downtime/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "Downtime" };

export default async function DowntimePage() {
  const actor = await requirePageActor("/downtime");
  const now = new Date();
  const [downtimes, campuses] = await Promise.all([listDowntimes(actor, now), campusOptions(actor)]);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">Downtime</h1>
        <p className="mt-2 max-w-prose text-lg">
          When a system such as the EHR is out, declare a downtime: everyone on the campuses you choose sees your
          message at the top of every WardDesk page until you end it.
        </p>
      </div>
      <DowntimeList downtimes={downtimes} now={now} timeZone={env().HOSPITAL_TIME_ZONE} />
      <DeclareDowntimeForm campuses={campuses} />
    </div>
  );
}

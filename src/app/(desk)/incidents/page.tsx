import type { Metadata } from "next";
import { ArrivalNotice } from "@/components/ui/arrival-notice";
import { OpenIncidentList, ProposalList } from "@/features/incidents/components/incident-lists";
import { openIncidents, proposedIncidents } from "@/features/incidents/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "Outages" };

type Props = { searchParams: Promise<{ confirmed?: string }> };

export default async function IncidentsPage({ searchParams }: Props) {
  const actor = await requirePageActor("/incidents");
  const linked = Number((await searchParams).confirmed);
  const [proposals, incidents] = await Promise.all([proposedIncidents(actor, new Date()), openIncidents(actor)]);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">Outages</h1>
        <p className="mt-2 max-w-prose text-lg">
          When several people report the same problem in one building within 30 minutes, it shows here. Confirm it as
          one outage: the reports are linked, and new reports of it join automatically and see your message.
        </p>
      </div>
      {/* The confirmed proposal leaves the page with its form, so the result is said here, once. */}
      {Number.isInteger(linked) && linked > 0 && (
        <ArrivalNotice param="confirmed" title={`Outage confirmed. ${linked} reports are linked to it.`}>
          New reports of the same problem will join it and see your message.
        </ArrivalNotice>
      )}
      <ProposalList proposals={proposals} />
      <OpenIncidentList incidents={incidents} />
    </div>
  );
}

import Link from "next/link";
import type { OpenIncident, ProposalWithReports } from "../queries";
import { ConfirmIncidentForm } from "./confirm-incident-form";
import { ResolveIncidentButton } from "./resolve-incident-button";

/** Groups of recent reports that look like one outage, each with its reports and a confirm form. */
export function ProposalList({ proposals }: { proposals: ProposalWithReports[] }) {
  return (
    <section aria-labelledby="proposals-heading" className="flex flex-col gap-4">
      <h2 id="proposals-heading" className="text-2xl font-bold">
        Possible outages
      </h2>
      {proposals.length === 0 && <p className="text-lg">No group of similar reports in the last 30 minutes.</p>}
      {proposals.map((proposal, index) => (
        <article key={proposal.ticketIds.join()} aria-label={proposal.title} className="flex flex-col gap-4 rounded-md bg-paper p-5 shadow-sm">
          <p className="text-xl font-semibold">{proposal.title}</p>
          <ul className="flex flex-col gap-1">
            {proposal.reports.map((report) => (
              <li key={report.id}>
                <Link href={`/tickets/${report.id}`} className="inline-flex min-h-12 items-center underline">
                  #{report.number} {report.summary}
                </Link>
              </li>
            ))}
          </ul>
          <ConfirmIncidentForm proposal={proposal} index={index} />
        </article>
      ))}
    </section>
  );
}

/** Confirmed outages still open, newest first, each with a button to mark it resolved. */
export function OpenIncidentList({ incidents }: { incidents: OpenIncident[] }) {
  return (
    <section aria-labelledby="open-heading" className="flex flex-col gap-4">
      <h2 id="open-heading" className="text-2xl font-bold">
        Confirmed outages
      </h2>
      {incidents.length === 0 && <p className="text-lg">No confirmed outage is open.</p>}
      <ul className="flex flex-col gap-3">
        {incidents.map((incident) => (
          <li key={incident.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-paper p-4 shadow-sm">
            <div>
              <p className="text-lg font-semibold">{incident.title}</p>
              <p>
                {incident.ticketCount} {incident.ticketCount === 1 ? "report" : "reports"}
                {incident.publicMessage && ` · ${incident.publicMessage}`}
              </p>
            </div>
            <ResolveIncidentButton incidentId={incident.id} title={incident.title} />
          </li>
        ))}
      </ul>
    </section>
  );
}

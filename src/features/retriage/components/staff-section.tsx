import type { Actor } from "@/domain/authz/actor";
import { roleHasPermission } from "@/domain/authz/authorize";
import type { TStatus } from "@/domain/tickets/status";
import { activeTeams } from "../queries";
import { StatusForm } from "./status-form";
import { HandsOnSiteForm } from "./hands-on-site-form";
import { RetriageForm } from "./retriage-form";
import { WorkSection } from "@/features/work/components/work-section";

type Props = {
  actor: Actor;
  ticket: { id: string; version: number; priority: string; mode: string; teamId: string | null; status: TStatus };
};

/** "For IT staff" on the ticket page: working on it, status, re-triage, and for remote tickets, sending someone on site. */
export async function StaffSection({ actor, ticket }: Props) {
  const teams = await activeTeams(actor);
  return (
    <section aria-labelledby="staff-heading" className="flex flex-col gap-6 rounded-md bg-paper p-5 shadow-sm">
      <h2 id="staff-heading" className="text-xl font-bold">
        For IT staff
      </h2>
      {roleHasPermission(actor.role, "queue:read") && <WorkSection actor={actor} ticketId={ticket.id} />}
      {roleHasPermission(actor.role, "ticket:transition") && (
        <div className="flex flex-col gap-4">
          <h3 className="text-lg font-bold">Status</h3>
          <StatusForm ticket={ticket} />
        </div>
      )}
      <div className="flex flex-col gap-4">
        <h3 className="text-lg font-bold">Change priority or team</h3>
        <RetriageForm ticket={ticket} teams={teams} />
      </div>
      {ticket.mode === "REMOTE" && (
        <div className="flex flex-col gap-4">
          <h3 className="text-lg font-bold">Needs hands on site</h3>
          <p>Send this to the on-site team for the ticket&apos;s campus. It keeps its place and service targets.</p>
          <HandsOnSiteForm ticket={ticket} />
        </div>
      )}
    </section>
  );
}

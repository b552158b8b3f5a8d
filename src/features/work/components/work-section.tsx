import type { Actor } from "@/domain/authz/actor";
import { env } from "@/env";
import { formatWhen } from "@/lib/time";
import { DISPATCH_DONE_WORDS, nextDispatchStep } from "../dispatch";
import { workPanel, type WorkPanel } from "../queries";
import { AssignForm } from "./assign-form";
import { ClaimForm } from "./claim-form";
import { DispatchForm } from "./dispatch-form";
import { InternalNoteForm } from "./internal-note-form";
import { LinkIncidentForm } from "./link-incident-form";
import { MergeForm } from "./merge-form";

const heading = "text-lg font-bold";

/** "Work on this ticket" on the ticket page: who has it, the visit, notes for IT, outages and duplicates. */
export async function WorkSection({ actor, ticketId }: { actor: Actor; ticketId: string }) {
  const panel = await workPanel(actor, ticketId);
  if (!panel) return <p>This ticket belongs to another team. You can read it; its team works on it.</p>;
  const { ticket, can } = panel;
  const ref = { id: ticket.id, version: ticket.version };
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-4">
        <h3 className={heading}>Who has it</h3>
        <p>{ownerWords(panel, actor)}</p>
        {can.claim && <ClaimForm ticket={ref} claimable={!ticket.assigneeId} />}
        {can.assign && ticket.team && (
          <AssignForm ticket={{ ...ref, assigneeId: ticket.assigneeId, assigneeName: ticket.assignee?.displayName ?? null, teamName: ticket.team.name }} teammates={panel.teammates} />
        )}
      </div>
      {ticket.mode === "ONSITE" && can.transition && <Visit panel={panel} actor={actor} />}
      {can.note && (
        <div className="flex flex-col gap-4">
          <h3 className={heading}>Internal note</h3>
          <InternalNoteForm ticket={ref} />
        </div>
      )}
      {can.link && (
        <div className="flex flex-col gap-4">
          <h3 className={heading}>Part of an outage?</h3>
          {ticket.majorIncident ? (
            <p>This ticket is part of the outage “{ticket.majorIncident.title}”.</p>
          ) : panel.incidents.length > 0 ? (
            <LinkIncidentForm ticket={ref} incidents={panel.incidents} />
          ) : (
            <p>No outage is open right now.</p>
          )}
        </div>
      )}
      {can.transition && (
        <div className="flex flex-col gap-4">
          <h3 className={heading}>Duplicate of another ticket?</h3>
          <MergeForm ticket={ref} />
        </div>
      )}
    </div>
  );
}

function ownerWords({ ticket }: WorkPanel, actor: Actor): string {
  if (!ticket.assigneeId) return `Nobody yet: it waits in ${ticket.team?.name ?? "the team"}'s queue.`;
  if (ticket.assigneeId === actor.userId) return "You have this ticket.";
  return `${ticket.assignee?.displayName ?? "A technician"} has this ticket.`;
}

/** The visit so far, and the button for the next step for the technician who has the ticket. */
function Visit({ panel: { ticket }, actor }: { panel: WorkPanel; actor: Actor }) {
  const now = new Date();
  const timeZone = env().HOSPITAL_TIME_ZONE;
  const done = [
    { step: "EN_ROUTE" as const, at: ticket.enRouteAt },
    { step: "ON_SITE" as const, at: ticket.onSiteAt },
    { step: "DONE" as const, at: ticket.handsOnDoneAt },
  ].filter((entry): entry is { step: "EN_ROUTE" | "ON_SITE" | "DONE"; at: Date } => entry.at !== null);
  const next = nextDispatchStep(ticket.dispatchStep);
  const mine = ticket.assigneeId === actor.userId;
  return (
    <div className="flex flex-col gap-4">
      <h3 className={heading}>Visit</h3>
      {done.length > 0 ? (
        <ul className="list-disc pl-6">
          {done.map((entry) => (
            <li key={entry.step}>
              {DISPATCH_DONE_WORDS[entry.step]}: {formatWhen(entry.at, now, timeZone)}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nobody is on the way yet.</p>
      )}
      {mine && <DispatchForm ticket={{ id: ticket.id, version: ticket.version }} next={next} />}
      {next && !mine && <p>{ticket.assigneeId ? "Only the technician who has this ticket records the visit." : "Take this ticket first, then record your visit here."}</p>}
    </div>
  );
}

import { PRIORITY_WORDS } from "@/domain/tickets/status";
import { expectationWords } from "@/lib/expectation-words";
import type { TicketDetail } from "../queries";
import { ExpectedBy } from "./expected-by";
import { StatusBadge } from "./status-badge";
import { When } from "./when";

type Props = { ticket: TicketDetail; now: Date; timeZone: string };

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 border-b border-canvas py-2 sm:flex-row sm:gap-4">
      <dt className="font-semibold sm:w-52 sm:shrink-0">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

// Only what the promise needs crosses to the browser, not the whole ticket.
const promiseOf = ({ status, firstResponseAt, responseDueAt, resolutionDueAt }: TicketDetail) => ({ status, firstResponseAt, responseDueAt, resolutionDueAt });

const people = (count: number) => (count === 0 ? "Nobody else yet" : `${count} ${count === 1 ? "person" : "people"}`);

/** What the ticket is and where it stands, as a list of plain facts. */
export function TicketFacts({ ticket, now, timeZone }: Props) {
  const expected = expectationWords(ticket, now, timeZone);
  const onBehalf = ticket.filedBy.displayName !== ticket.requester.displayName;
  return (
    <dl>
      <Fact term="Status">
        <StatusBadge status={ticket.status} />
      </Fact>
      {expected && (
        <Fact term="What to expect">
          <ExpectedBy ticket={promiseOf(ticket)} now={now} hospitalZone={timeZone} />
        </Fact>
      )}
      <Fact term="Priority">{PRIORITY_WORDS[ticket.priority]}</Fact>
      <Fact term="Why this priority">{ticket.triageExplanation || "Set by the Service Desk."}</Fact>
      <Fact term="Team">{ticket.team?.name ?? "The Service Desk is choosing a team"}</Fact>
      <Fact term="Location">{ticket.location}</Fact>
      <Fact term="Category">{ticket.category.name}</Fact>
      {ticket.callbackNumber && <Fact term="Callback number">{ticket.callbackNumber}</Fact>}
      {ticket.assetTag && <Fact term="Asset tag">{ticket.assetTag}</Fact>}
      <Fact term="Others affected">{people(ticket._count.affected)}</Fact>
      <Fact term="Reported">
        <When at={ticket.createdAt} now={now} timeZone={timeZone} /> by {ticket.requester.displayName}
        {onBehalf && ` (filed by ${ticket.filedBy.displayName})`}
      </Fact>
    </dl>
  );
}

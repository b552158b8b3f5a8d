import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { SimilarTicket } from "../schemas";

export const joinFormId = (ticketId: string) => `join-${ticketId}`;

/**
 * "Is this already reported?": open tickets like this one near the chosen place. Each "This affects me too"
 * button submits its own small form (rendered after the intake form, since forms cannot nest).
 */
export function KnownProblems({ tickets, joinMessage, pending }: { tickets: readonly SimilarTicket[]; joinMessage?: string; pending: boolean }) {
  return (
    <section aria-labelledby="known-problems-heading" className="flex flex-col gap-3 rounded-md border-2 border-brand bg-paper p-4">
      <h2 id="known-problems-heading" className="text-xl font-bold">
        Is this already reported?
      </h2>
      <p>
        {tickets.length === 1 ? "This open problem looks" : "These open problems look"} the same and {tickets.length === 1 ? "was" : "were"} reported
        nearby in the last few hours. If it is yours too, add yourself: you will get its updates, and IT sees how many people it affects.
        Adding yourself replaces this report, so nothing else you typed below is sent; to tell IT more, write a message on
        the ticket afterwards.
      </p>
      {joinMessage && <Notice tone="error">{joinMessage}</Notice>}
      <ul className="flex flex-col gap-3">
        {tickets.map((ticket) => (
          <li key={ticket.id} className="flex flex-col gap-2 border-t border-line pt-3 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="font-semibold">
                {ticket.number}: {ticket.summary}
              </p>
              <p className="text-sm text-ink-muted">
                {ticket.location} · {ticket.statusWords} · {ticket.peopleAffected} {ticket.peopleAffected === 1 ? "person" : "people"} affected
              </p>
            </div>
            {ticket.following ? (
              <p className="font-semibold text-ok">You are already following this.</p>
            ) : (
              <Button type="submit" form={joinFormId(ticket.id)} variant="secondary" disabled={pending} className="shrink-0">
                This affects me too<span className="sr-only"> ({ticket.number})</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

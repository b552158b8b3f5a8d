import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrivalNotice } from "@/components/ui/arrival-notice";
import { Notice } from "@/components/ui/notice";
import { roleHasPermission } from "@/domain/authz/authorize";
import { isOpen, requesterActions } from "@/domain/tickets/status";
import { env } from "@/env";
import { formatTicketNumber } from "@/lib/ticket-number";
import { AttachmentsSection } from "@/features/tickets/components/attachments-section";
import { CommentForm } from "@/features/tickets/components/comment-form";
import { RequesterActions } from "@/features/tickets/components/requester-actions";
import { TicketFacts } from "@/features/tickets/components/ticket-facts";
import { TicketTimeline } from "@/features/tickets/components/ticket-timeline";
import { recordAccess } from "@/features/audit/record-access";
import { ticketDetail } from "@/features/tickets/queries";
import { seesInternalNotes } from "@/features/tickets/visibility";
import { StaffSection } from "@/features/retriage/components/staff-section";
import { LiveRefresh } from "@/features/live/components/live-refresh";
import { SlaPanel } from "@/features/sla/components/sla-panel";
import { slaPanelFor } from "@/features/sla/queries";
import { requirePagePermission } from "@/server/auth";

// The summary stays out of the title: titles land in browser history and shared-workstation tab lists.
export const metadata: Metadata = { title: "Ticket" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TicketPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePagePermission("ticket:read", `/tickets/${id}`);
  // Someone else's ticket and a made-up id look the same: 404, so ids reveal nothing.
  const ticket = await ticketDetail(actor, id);
  if (!ticket) notFound();
  await recordAccess(actor, { action: "ticket.viewed", entityType: "Ticket", entityId: ticket.id });
  const query = await searchParams;
  const now = new Date();
  const timeZone = env().HOSPITAL_TIME_ZONE;
  const number = formatTicketNumber(ticket.number);
  const actions = ticket.requesterId === actor.userId ? requesterActions(ticket, now) : [];
  const can = (permission: Parameters<typeof roleHasPermission>[1]) => roleHasPermission(actor.role, permission);
  const sla = can("queue:read") && !ticket.followerOnly ? await slaPanelFor(actor, ticket.id, now) : null;

  return (
    <div className="flex flex-col gap-6">
      {query.filed === "1" && (
        <ArrivalNotice param="filed" title={`Sent. Your ticket number is ${number}.`}>
          We will keep you posted here.
        </ArrivalNotice>
      )}
      {query.joined === "1" && (
        <ArrivalNotice param="joined" title={`Added. You are now following ${number}.`}>
          No need to report it again.
        </ArrivalNotice>
      )}
      {query.confirmed === "1" && <ArrivalNotice param="confirmed" title="Thank you. The ticket is closed." />}
      {query.reopened === "1" && <ArrivalNotice param="reopened" title="Reopened. We will look at it again." />}
      {can("ticket:read:own") && (
        <p>
          <Link href="/tickets" className="inline-flex min-h-12 items-center font-semibold text-brand underline underline-offset-4">
            Back to my tickets
          </Link>
        </p>
      )}
      <h1 className="text-3xl font-bold break-words">
        <span className="font-mono">{number}</span> {ticket.summary}
      </h1>
      <LiveRefresh scope="ticket" ticketId={ticket.id} version={ticket.version} />
      {ticket.followerOnly && (
        <Notice title="You are following this problem">
          Someone else reported it; you will see its progress here. Their details, messages and files stay between
          them and IT.
        </Notice>
      )}
      {actions.length > 0 && <RequesterActions ticketId={ticket.id} version={ticket.version} actions={actions} />}
      <section aria-labelledby="about-heading" className="rounded-md bg-paper p-5 shadow-sm">
        <h2 id="about-heading" className="text-xl font-bold">
          About this problem
        </h2>
        <TicketFacts ticket={ticket} now={now} timeZone={timeZone} />
        {ticket.details && (
          <>
            <h3 className="mt-4 font-bold">Details</h3>
            <p className="mt-1 whitespace-pre-wrap break-words">{ticket.details}</p>
          </>
        )}
      </section>
      {sla && <SlaPanel panel={sla} now={now} timeZone={timeZone} />}
      <section aria-labelledby="timeline-heading" className="flex flex-col gap-4">
        <h2 id="timeline-heading" className="text-xl font-bold">
          What has happened
        </h2>
        <TicketTimeline ticketId={ticket.id} entries={ticket.timeline} now={now} timeZone={timeZone} />
      </section>
      {can("ticket:retriage") && seesInternalNotes(actor) && !ticket.followerOnly && isOpen(ticket.status) && (
        <StaffSection actor={actor} ticket={ticket} />
      )}
      {can("ticket:comment:public") && !ticket.followerOnly && (
        <section aria-labelledby="message-heading" className="rounded-md bg-paper p-5 shadow-sm">
          <h2 id="message-heading" className="mb-4 text-xl font-bold">
            {seesInternalNotes(actor) ? "Reply to the reporter" : "Write to IT"}
          </h2>
          <CommentForm ticketId={ticket.id} staff={seesInternalNotes(actor)} />
        </section>
      )}
      {!ticket.followerOnly && <AttachmentsSection ticket={ticket} canAttach={can("ticket:attach")} />}
    </div>
  );
}

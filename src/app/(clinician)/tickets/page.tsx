import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { roleHasPermission } from "@/domain/authz/authorize";
import { env } from "@/env";
import { TicketList } from "@/features/tickets/components/ticket-list";
import { TicketTabs, type TicketTab } from "@/features/tickets/components/ticket-tabs";
import { UnitTicketList } from "@/features/tickets/components/unit-ticket-list";
import { myTickets, unitTickets } from "@/features/tickets/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "My tickets" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function MyTicketsPage({ searchParams }: Props) {
  const actor = await requirePageActor("/tickets");
  const params = await searchParams;
  const showUnit = roleHasPermission(actor.role, "ticket:read:unit");
  const staff = roleHasPermission(actor.role, "queue:read");
  const tab: TicketTab = one(params.tab) === "unit" && showUnit ? "unit" : "mine";
  const cursor = one(params.cursor);
  const now = new Date();
  const timeZone = env().HOSPITAL_TIME_ZONE;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">My tickets</h1>
        <ButtonLink href="/tickets/new" className="text-lg">
          Report a problem
        </ButtonLink>
      </div>
      <TicketTabs current={tab} showUnit={showUnit} />
      {tab === "mine" ? (
        <MineTab list={await myTickets(actor, { cursor })} cursor={cursor} now={now} timeZone={timeZone} staff={staff} />
      ) : (
        <UnitTab list={await unitTickets(actor, { cursor })} cursor={cursor} now={now} timeZone={timeZone} />
      )}
    </div>
  );
}

type Shared = { cursor: string | undefined; now: Date; timeZone: string };

function MineTab({ list, cursor, now, timeZone, staff }: Shared & { list: Awaited<ReturnType<typeof myTickets>>; staff: boolean }) {
  if (list.rows.length === 0 && !cursor) {
    return (
      <div className="flex flex-col items-start gap-4 rounded-md bg-paper p-6 shadow-sm">
        <p className="text-lg">You have not reported any problems yet. When you do, you can follow them here until they are fixed.</p>
        <ButtonLink href="/tickets/new" className="px-8 py-4 text-xl">
          Report a problem
        </ButtonLink>
      </div>
    );
  }
  return (
    <>
      <TicketList rows={list.rows} now={now} timeZone={timeZone} staff={staff} />
      <Pager tab="mine" nextCursor={list.nextCursor} paged={!!cursor} />
    </>
  );
}

function UnitTab({ list, cursor, now, timeZone }: Shared & { list: Awaited<ReturnType<typeof unitTickets>> }) {
  if (!list.unitName) return <p className="text-lg">Your account has no home unit. Ask your manager or the Service Desk to set one.</p>;
  return (
    <>
      <p className="text-lg">Open problems reported in {list.unitName}, newest change first. Check here before reporting the same thing twice.</p>
      {list.rows.length === 0 && !cursor ? (
        <p className="rounded-md bg-paper p-6 text-lg shadow-sm">No open problems on your unit right now.</p>
      ) : (
        <UnitTicketList rows={list.rows} now={now} timeZone={timeZone} />
      )}
      <Pager tab="unit" nextCursor={list.nextCursor} paged={!!cursor} />
    </>
  );
}

function Pager({ tab, nextCursor, paged }: { tab: TicketTab; nextCursor: string | null; paged: boolean }) {
  if (!nextCursor && !paged) return null;
  const link = "inline-flex min-h-12 items-center font-semibold text-brand underline underline-offset-4";
  return (
    <nav aria-label="More tickets" className="flex flex-wrap gap-6">
      {paged && (
        <Link href={`/tickets?tab=${tab}`} className={link}>
          Back to the newest
        </Link>
      )}
      {nextCursor && (
        <Link href={`/tickets?tab=${tab}&cursor=${encodeURIComponent(nextCursor)}`} className={link}>
          Show older
        </Link>
      )}
    </nav>
  );
}

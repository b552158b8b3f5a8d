import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { roleHasPermission } from "@/domain/authz/authorize";
import { env } from "@/env";
import { recordAccess } from "@/features/audit/record-access";
import { LiveRefresh } from "@/features/live/components/live-refresh";
import { QueueFilters } from "@/features/queue/components/queue-filters";
import { QueueList } from "@/features/queue/components/queue-list";
import { KeyboardHint, QueueShell } from "@/features/queue/components/queue-shell";
import { QueueTabs } from "@/features/queue/components/queue-tabs";
import { SavedViews } from "@/features/queue/components/saved-views";
import { emptyWords, introWords } from "@/features/queue/components/words";
import { locationOptions } from "@/features/queue/location-words";
import { queueList, queuePickers, savedViews } from "@/features/queue/queries";
import { parseQueueParams, queueQuery, type TQueueFilters, type TQueueTab } from "@/features/queue/schemas";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "Work queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LINK = "inline-flex min-h-12 items-center font-semibold text-brand underline underline-offset-4";

export default async function QueuePage({ searchParams }: Props) {
  const actor = await requirePageActor("/queue");
  const { filters, ignored } = parseQueueParams(await searchParams);
  const tab: TQueueTab = filters.tab ?? (actor.role === "MANAGER" ? "team" : "unassigned");
  const onsite = actor.role === "ONSITE_TECH";
  const walk = onsite && filters.group === "floor";
  const now = new Date();
  const [list, pickers, views] = await Promise.all([queueList(actor, { ...filters, tab }, now), queuePickers(actor), savedViews(actor)]);
  await recordAccess(
    actor,
    // Counts, ids and which filters were used; never the search words, which could name a patient.
    { action: "ticket.listed", entityType: "Ticket", details: { list: "queue", tab, count: list.rows.length, ids: list.rows.map((row) => row.id).join(","), filters: Object.keys(filters).filter((key) => key !== "tab" && key !== "cursor").join(",") } },
    now,
  );
  // Claims only where the list is about taking work; "All open" is for looking around.
  const mayClaim = roleHasPermission(actor.role, "ticket:claim") && (tab === "unassigned" || tab === "team");
  const listFilters: TQueueFilters = { ...filters, tab, cursor: undefined };
  const filtered = Object.keys(listFilters).some((key) => !["tab", "group", "cursor"].includes(key) && listFilters[key as keyof TQueueFilters] !== undefined);

  return (
    <div className="flex flex-col gap-6">
      <LiveRefresh scope="queue" />
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Work queue</h1>
        <p className="text-lg">{introWords(actor.role)}</p>
        <KeyboardHint />
      </div>
      {ignored.length > 0 && (
        <Notice tone="warning" title="Some filters in the address were not understood">
          We ignored: {ignored.join(", ")}. The list below shows the rest.
        </Notice>
      )}
      <QueueTabs current={tab} filters={listFilters} />
      <QueueFilters tab={tab} filters={listFilters} categories={pickers.categories.map((c) => ({ id: c.id, label: c.name }))} locations={locationOptions(pickers.locations)} />
      {onsite && (
        <p>
          <Link href={`/queue?${queueQuery({ ...listFilters, group: walk ? undefined : "floor" })}`} className={LINK}>
            {walk ? "Show as one list" : "Plan a walk: group by building and floor"}
          </Link>
        </p>
      )}
      <QueueShell>
        {list.rows.length === 0 ? (
          <p className="rounded-md bg-paper p-6 text-lg shadow-sm">{emptyWords(tab, filtered, !!filters.cursor)}</p>
        ) : (
          <QueueList
            rows={list.rows}
            locations={pickers.locations}
            onsite={onsite}
            walk={walk}
            canClaim={(row) => mayClaim && row.assigneeId === null}
            now={now.toISOString()}
            timeZone={env().HOSPITAL_TIME_ZONE}
          />
        )}
      </QueueShell>
      {(list.nextCursor || filters.cursor) && (
        <nav aria-label="More tickets" className="flex flex-wrap gap-6">
          {filters.cursor && (
            <Link href={`/queue?${queueQuery(listFilters)}`} className={LINK}>
              Back to the most urgent
            </Link>
          )}
          {list.nextCursor && (
            <Link href={`/queue?${queueQuery({ ...listFilters, cursor: list.nextCursor }, true)}`} className={LINK}>
              Next page
            </Link>
          )}
        </nav>
      )}
      <SavedViews views={views} currentQuery={queueQuery(listFilters)} />
    </div>
  );
}

import Link from "next/link";
import { QUEUE_TABS, queueQuery, type TQueueFilters, type TQueueTab } from "../schemas";
import { TAB_LABELS } from "./words";

/** Tabs as links (each list has its own address); switching tab keeps the filters but starts at page one. */
export function QueueTabs({ current, filters }: { current: TQueueTab; filters: TQueueFilters }) {
  return (
    <nav aria-label="Queue lists" className="border-b-2 border-line">
      <ul className="flex flex-wrap gap-1">
        {QUEUE_TABS.map((tab) => {
          const active = tab === current;
          return (
            <li key={tab}>
              <Link
                href={`/queue?${queueQuery({ ...filters, tab })}`}
                aria-current={active ? "page" : undefined}
                className={`-mb-0.5 inline-flex min-h-12 items-center border-b-4 px-4 text-lg font-semibold no-underline ${
                  active ? "border-brand text-brand-dark" : "border-transparent text-ink-muted hover:text-ink"
                }`}
              >
                {TAB_LABELS[tab]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

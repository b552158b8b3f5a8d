import Link from "next/link";
import { Button } from "@/components/ui/button";
import { OPEN_STATUSES, PRIORITY_WORDS } from "@/domain/tickets/status";
import { QUEUE_PRIORITIES, SLA_STATE_WORDS, SLA_STATES, type TQueueFilters, type TQueueTab } from "../schemas";
import { QUEUE_STATUS_WORDS } from "./words";

type Option = { id: string; label: string };
type Props = { tab: TQueueTab; filters: TQueueFilters; categories: Option[]; locations: Option[] };

const CONTROL = "min-h-12 w-full rounded-md border-2 border-ink bg-paper px-3 py-2 text-lg";
const LABEL = "text-base font-semibold";

function Select({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: Option[] }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`queue-${name}`} className={LABEL}>
        {label}
      </label>
      <select id={`queue-${name}`} name={name} defaultValue={value ?? ""} className={CONTROL}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: the filters end up in the address, so back, reload and sharing a link all work. */
export function QueueFilters({ tab, filters, categories, locations }: Props) {
  return (
    <form method="get" action="/queue" role="search" aria-label="Search and filter the queue" className="flex flex-col gap-4 rounded-md bg-paper p-4 shadow-sm">
      <input type="hidden" name="tab" value={tab} />
      {filters.group && <input type="hidden" name="group" value={filters.group} />}
      <div className="flex flex-col gap-1">
        <label htmlFor="queue-search" className={LABEL}>
          Search by ticket number or words
        </label>
        <input id="queue-search" name="q" type="search" defaultValue={filters.q ?? ""} placeholder="WD-000123 or “label printer”" className={CONTROL} />
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className={LABEL}>Priority</legend>
        <div className="flex flex-wrap gap-2">
          {QUEUE_PRIORITIES.map((priority) => (
            <label key={priority} className="inline-flex min-h-12 cursor-pointer items-center gap-2 rounded-md border-2 border-line px-3">
              <input type="checkbox" name="priority" value={priority} defaultChecked={filters.priority?.includes(priority)} className="size-5" />
              {PRIORITY_WORDS[priority]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Select name="category" label="Category" value={filters.category} options={categories} />
        <Select name="location" label="Place (includes everything inside it)" value={filters.location} options={locations} />
        <Select name="status" label="Status" value={filters.status} options={OPEN_STATUSES.map((status) => ({ id: status, label: QUEUE_STATUS_WORDS[status] }))} />
        <Select name="sla" label="SLA" value={filters.sla} options={SLA_STATES.map((state) => ({ id: state, label: SLA_STATE_WORDS[state] }))} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Apply filters</Button>
        <Link href={`/queue?tab=${tab}`} className="inline-flex min-h-12 items-center font-semibold text-brand underline underline-offset-4">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

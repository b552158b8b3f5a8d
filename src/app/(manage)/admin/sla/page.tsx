import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { CalendarTable } from "@/features/sla-admin/components/calendar-table";
import { PauseForm } from "@/features/sla-admin/components/pause-form";
import { PolicyTable } from "@/features/sla-admin/components/policy-table";
import { slaAdminOverview } from "@/features/sla-admin/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "SLA policies" };

export default async function SlaPoliciesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requirePageActor("/admin/sla");
  const [{ saved }, data] = await Promise.all([searchParams, slaAdminOverview(actor)]);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">SLA policies</h1>
        <p className="mt-2 max-w-prose text-lg">
          How quickly IT promises a first response and a fix, by priority. When several policies fit a ticket, the one
          naming its category and team wins over the general one.
        </p>
        <p className="mt-2 max-w-prose text-lg">
          Policy changes apply to tickets filed or re-prioritised from now on; tickets already open keep their targets.
          Calendar changes, holidays included, apply to running clocks too.
        </p>
      </div>
      {saved === "policy" && <Notice tone="success">Policy saved. It applies to tickets filed or re-prioritised from now on.</Notice>}
      <section aria-labelledby="policies-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="policies-heading" className="text-xl font-bold">Policies</h2>
          <ButtonLink href="/admin/sla/policies/new" variant="secondary">Add a policy</ButtonLink>
        </div>
        <PolicyTable policies={data.policies} calendars={data.calendars} />
      </section>
      <section aria-labelledby="calendars-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="calendars-heading" className="text-xl font-bold">Calendars</h2>
          <ButtonLink href="/admin/sla/calendars/new" variant="secondary">Add a calendar</ButtonLink>
        </div>
        <p className="max-w-prose text-lg">The hours a target counts: around the clock, or only while the desk is open, closed on holidays.</p>
        <CalendarTable calendars={data.calendars} />
      </section>
      <PauseForm pauseStatuses={data.settings.pauseStatuses} version={data.settings.version} />
    </div>
  );
}

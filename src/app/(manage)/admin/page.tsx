import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { roleHasPermission } from "@/domain/authz/authorize";
import { ROLE_LABELS, isRole } from "@/domain/authz/roles";
import { PermissionMatrix } from "@/features/admin/components/permission-matrix";
import { directoryOverview } from "@/features/admin/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "Administration" };

const LOCATION_LABELS: Record<string, string> = {
  CAMPUS: "Campuses",
  BUILDING: "Buildings",
  FLOOR: "Floors",
  UNIT: "Units",
  ROOM: "Rooms",
};

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-md bg-paper p-4 shadow-sm">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="text-3xl font-bold">{value}</dd>
    </div>
  );
}

export default async function AdminPage() {
  const actor = await requirePageActor("/admin");
  const overview = await directoryOverview(actor, new Date());
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">Administration</h1>
        <p className="mt-2 max-w-prose text-lg">
          The hospital directory WardDesk routes by. Editing users, locations, teams, categories and triage rules
          arrives with the features that use them; the audit viewer and session management follow.
        </p>
      </div>
      <section aria-labelledby="directory-heading">
        <h2 id="directory-heading" className="mb-3 text-xl font-bold">
          Directory
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {overview.locationsByKind.map((row) => (
            <Stat key={row.kind} label={LOCATION_LABELS[row.kind] ?? row.kind} value={row.count} />
          ))}
          <Stat label="Teams" value={overview.teams} />
          <Stat label="Categories" value={overview.categories} />
          <Stat label="Signed-in sessions" value={overview.openSessions} />
          {overview.usersByRole.map((row) => (
            <Stat key={row.role} label={isRole(row.role) ? `${ROLE_LABELS[row.role]}s` : row.role} value={row.count} />
          ))}
        </dl>
      </section>
      <section aria-labelledby="systems-heading">
        <h2 id="systems-heading" className="mb-3 text-xl font-bold">
          Systems
        </h2>
        <p className="mb-3 max-w-prose text-lg">Monitoring and the EHR file and read tickets through the API with a token.</p>
        <ButtonLink href="/admin/api-tokens" variant="secondary">
          API tokens
        </ButtonLink>
      </section>
      <section aria-labelledby="triage-heading">
        <h2 id="triage-heading" className="mb-3 text-xl font-bold">
          Triage
        </h2>
        <p className="mb-3 max-w-prose text-lg">How new tickets get their priority, team and mode: the matrix and the rules.</p>
        <ButtonLink href="/admin/triage" variant="secondary">
          Triage rules
        </ButtonLink>
      </section>
      {roleHasPermission(actor.role, "sla:configure") && (
        <section aria-labelledby="sla-heading">
          <h2 id="sla-heading" className="mb-3 text-xl font-bold">
            Response and fix targets
          </h2>
          <p className="mb-3 max-w-prose text-lg">How quickly IT promises to answer and fix each priority, the hours those clocks count and when they stop.</p>
          <ButtonLink href="/admin/sla" variant="secondary">
            SLA policies
          </ButtonLink>
        </section>
      )}
      <section aria-labelledby="rota-heading">
        <h2 id="rota-heading" className="mb-3 text-xl font-bold">
          Shifts and on-call
        </h2>
        <p className="mb-3 max-w-prose text-lg">Who is at work when, and who is paged at night: new tickets go to the least busy person on shift.</p>
        <ButtonLink href="/admin/shifts" variant="secondary">
          Shifts and on-call
        </ButtonLink>
      </section>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-3 text-xl font-bold">
          Categories, teams and places
        </h2>
        <p className="mb-3 max-w-prose text-lg">What people pick when they report a problem: the kinds of problem and their default team, who is on each team, and the places.</p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/admin/categories" variant="secondary">
            Categories
          </ButtonLink>
          <ButtonLink href="/admin/teams" variant="secondary">
            Teams and members
          </ButtonLink>
          <ButtonLink href="/admin/locations" variant="secondary">
            Locations
          </ButtonLink>
        </div>
      </section>
      <PermissionMatrix />
    </div>
  );
}

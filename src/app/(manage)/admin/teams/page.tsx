import type { Metadata } from "next";
import { TeamList } from "@/features/directory/components/team-list";
import { teamAdminData } from "@/features/directory/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "Teams and members" };

export default async function TeamsPage() {
  const actor = await requirePageActor("/admin/teams");
  const data = await teamAdminData(actor);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">Teams and members</h1>
        <p className="mt-2 max-w-prose text-lg">
          Who is on each support team. New tickets go to the team; shifts and on-call are set per team on the shifts page.
        </p>
      </div>
      <TeamList data={data} />
    </div>
  );
}

import type { Metadata } from "next";
import { AddRoomForm, LocationForm } from "@/features/directory/components/location-forms";
import { LocationTree } from "@/features/directory/components/location-tree";
import { locationAdminData } from "@/features/directory/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "Locations" };

export default async function LocationsPage({ searchParams }: { searchParams: Promise<{ edit?: string; saved?: string }> }) {
  const actor = await requirePageActor("/admin/locations");
  const [{ edit, saved }, data] = await Promise.all([searchParams, locationAdminData(actor)]);
  const editing = edit ? data.byId.get(edit) : undefined;
  const open = new Set<string>();
  for (let id = editing?.parentId; id; id = data.byId.get(id)?.parentId) open.add(id);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">Locations</h1>
        <p className="mt-2 max-w-prose text-lg">
          Campuses, buildings, floors, units and rooms, as people pick them when they report a problem. Inactive
          places are no longer offered; tickets already filed keep them.
        </p>
      </div>
      {editing && (
        <div id="edit" className="flex flex-col gap-4">
          <LocationForm key={editing.id} place={editing} saved={saved === "1"} />
          {editing.kind === "UNIT" && <AddRoomForm key={`room-${editing.id}`} unit={editing} />}
        </div>
      )}
      <LocationTree campuses={data.campuses} open={open} />
    </div>
  );
}

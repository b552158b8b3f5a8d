import Link from "next/link";
import type { LocationNode } from "../queries";

function EditLink({ node }: { node: LocationNode }) {
  return (
    <Link href={`/admin/locations?edit=${node.id}#edit`} className="inline-flex min-h-12 items-center px-2 underline">
      Edit<span className="sr-only"> {node.name}</span>
    </Link>
  );
}

function Label({ node }: { node: LocationNode }) {
  return (
    <>
      {node.name}
      {node.criticalCare && <span className="ml-2 text-sm font-semibold">(critical care)</span>}
      {!node.active && <span className="ml-2 text-sm text-ink-muted">(inactive)</span>}
    </>
  );
}

/** A unit with its rooms as a plain list: these are the rows an admin scans most. */
function Unit({ unit }: { unit: LocationNode }) {
  return (
    <li className="py-1">
      <div className="flex flex-wrap items-center gap-2 font-semibold">
        <Label node={unit} />
        <EditLink node={unit} />
      </div>
      <ul className="ml-6" aria-label={`Rooms in ${unit.name}`}>
        {unit.children.map((room) => (
          <li key={room.id} className="flex flex-wrap items-center gap-2">
            <Label node={room} />
            <EditLink node={room} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Campus and building fold away (details/summary), so a phone user opens only the one they need. */
function Folding({ node, open, children }: { node: LocationNode; open: ReadonlySet<string>; children: React.ReactNode }) {
  return (
    <details className="rounded-md bg-paper p-3 shadow-sm" open={node.kind === "CAMPUS" || open.has(node.id)}>
      <summary className="flex min-h-12 cursor-pointer items-center gap-2 text-lg font-bold">
        <Label node={node} />
      </summary>
      <div className="ml-2 flex flex-col gap-2">
        <div>
          <EditLink node={node} />
        </div>
        {children}
      </div>
    </details>
  );
}

/** `open`: the places around the one being edited, so the admin sees it in its building after saving. */
export function LocationTree({ campuses, open }: { campuses: LocationNode[]; open: ReadonlySet<string> }) {
  return (
    <div className="flex flex-col gap-3">
      {campuses.map((campus) => (
        <Folding key={campus.id} node={campus} open={open}>
          {campus.children.map((building) => (
            <Folding key={building.id} node={building} open={open}>
              {building.children.map((floor) => (
                <section key={floor.id} aria-label={`${building.name}, ${floor.name}`}>
                  <h3 className="flex flex-wrap items-center gap-2 font-bold">
                    <Label node={floor} />
                    <EditLink node={floor} />
                  </h3>
                  <ul className="ml-4">
                    {floor.children.map((unit) => (
                      <Unit key={unit.id} unit={unit} />
                    ))}
                  </ul>
                </section>
              ))}
            </Folding>
          ))}
        </Folding>
      ))}
    </div>
  );
}

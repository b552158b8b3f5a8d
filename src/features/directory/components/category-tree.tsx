import Link from "next/link";
import type { CategoryAdminData, CategoryRow } from "../queries";

const MODE_WORDS = { ONSITE: "On site", REMOTE: "Remote" } as const;

function Row({ category, child }: { category: CategoryRow; child?: boolean }) {
  return (
    <tr className="border-b border-line/40">
      <th scope="row" className={`p-2 text-left ${child ? "pl-8 font-normal" : "font-semibold"}`}>
        {category.name}
        {!category.active && <span className="ml-2 text-sm text-ink-muted">(inactive)</span>}
      </th>
      <td className="p-2">{category.defaultTeam?.name ?? "None"}</td>
      <td className="p-2">{MODE_WORDS[category.defaultMode]}</td>
      <td className="p-2">{category.clinicalCritical ? "Yes" : "No"}</td>
      <td className="p-2">
        <Link href={`/admin/categories?edit=${category.id}#edit`} className="inline-flex min-h-12 items-center underline">
          Edit<span className="sr-only"> {category.name}</span>
        </Link>
      </td>
    </tr>
  );
}

/** The category tree as one table: each parent row followed by its children, indented. */
export function CategoryTree({ parents }: { parents: CategoryAdminData["parents"] }) {
  return (
    <div className="overflow-x-auto rounded-md bg-paper p-3 shadow-sm">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Categories with their default team and mode</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">Category</th>
            <th scope="col" className="p-2">Default team</th>
            <th scope="col" className="p-2">Mode</th>
            <th scope="col" className="p-2">Clinical-critical</th>
            <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {parents.flatMap((parent) => [
            <Row key={parent.id} category={parent} />,
            ...parent.children.map((child) => <Row key={child.id} category={child} child />),
          ])}
        </tbody>
      </table>
    </div>
  );
}

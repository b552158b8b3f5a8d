import type { Metadata } from "next";
import { Notice } from "@/components/ui/notice";
import { CategoryForm } from "@/features/directory/components/category-form";
import { CategoryTree } from "@/features/directory/components/category-tree";
import { categoryAdminData } from "@/features/directory/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "Categories" };

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<{ edit?: string; saved?: string }> }) {
  const actor = await requirePageActor("/admin/categories");
  const [{ edit, saved }, data] = await Promise.all([searchParams, categoryAdminData(actor)]);
  const editing = data.all.find((category) => category.id === edit);
  const savedName = data.all.find((category) => category.id === saved)?.name;
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">Categories</h1>
        <p className="mt-2 max-w-prose text-lg">
          What people pick when they report a problem, and where each kind of problem goes first. Changes apply to
          the next ticket filed.
        </p>
      </div>
      {savedName && <Notice tone="success">Saved “{savedName}”.</Notice>}
      {editing && (
        <div id="edit">
          <CategoryForm key={editing.id} category={editing} teams={data.teams} />
        </div>
      )}
      <CategoryTree parents={data.parents} />
    </div>
  );
}

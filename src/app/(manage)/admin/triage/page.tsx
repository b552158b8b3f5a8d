import type { Metadata } from "next";
import { MatrixForm } from "@/features/triage/components/matrix-form";
import { RuleForm } from "@/features/triage/components/rule-form";
import { RuleList } from "@/features/triage/components/rule-list";
import { TryItForm } from "@/features/triage/components/try-it-form";
import { triageAdminData } from "@/features/triage/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "Triage rules" };

export default async function TriageRulesPage({ searchParams }: { searchParams: Promise<{ edit?: string }> }) {
  const actor = await requirePageActor("/admin/triage");
  const [{ edit }, data] = await Promise.all([searchParams, triageAdminData(actor)]);
  const editing = data.rules.find((rule) => rule.id === edit && rule.valid);
  const names = { categories: data.categories, locations: data.locations };
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">Triage rules</h1>
        <p className="mt-2 max-w-prose text-lg">
          Every new ticket gets its priority from the matrix, then the safety floors (a patient at risk is always P1),
          then these rules in order. Changes apply to the next ticket filed.
        </p>
      </div>
      <MatrixForm matrix={data.matrix} />
      <section aria-labelledby="rules-heading" className="flex flex-col gap-4">
        <h2 id="rules-heading" className="text-xl font-bold">
          Rules, in the order they run
        </h2>
        <RuleList rules={data.rules} names={names} />
      </section>
      <div id="rule-form">
        <RuleForm key={editing ? `${editing.id}-${editing.version}` : "new"} options={data} editing={editing} />
      </div>
      <TryItForm categories={data.categories} locations={data.locations} />
    </div>
  );
}

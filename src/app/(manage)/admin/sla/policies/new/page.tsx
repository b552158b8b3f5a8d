import type { Metadata } from "next";
import { PolicyEditor } from "@/features/sla-admin/components/policy-editor";
import { policyEditor } from "@/features/sla-admin/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "New SLA policy" };

export default async function NewPolicyPage() {
  const actor = await requirePageActor("/admin/sla/policies/new");
  const editor = await policyEditor(actor);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">New SLA policy</h1>
        <p className="mt-2 max-w-prose text-lg">It applies to tickets filed or re-prioritised from now on.</p>
      </div>
      <PolicyEditor editor={editor} />
    </div>
  );
}

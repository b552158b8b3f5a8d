import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PolicyEditor } from "@/features/sla-admin/components/policy-editor";
import { policyEditor } from "@/features/sla-admin/queries";
import { requirePagePermission } from "@/server/auth";

export const metadata: Metadata = { title: "Edit SLA policy" };

export default async function EditPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("sla:configure", `/admin/sla/policies/${id}`);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const editor = await policyEditor(actor, id);
  if (!editor.policy) notFound();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">Edit SLA policy: {editor.policy.name}</h1>
        <p className="mt-2 max-w-prose text-lg">Changes apply to tickets filed or re-prioritised from now on; tickets already open keep their targets.</p>
      </div>
      <PolicyEditor editor={editor} />
    </div>
  );
}

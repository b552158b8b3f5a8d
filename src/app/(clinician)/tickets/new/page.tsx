import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { Notice } from "@/components/ui/notice";
import { env } from "@/env";
import { IntakeForm } from "@/features/intake/components/intake-form";
import { intakeFormData, normaliseAssetTag, similarOpenTickets } from "@/features/intake/queries";
import { knownProblemsKey } from "@/features/intake/schemas";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "Report a problem" };

type Props = { searchParams: Promise<{ asset?: string | string[] }> };

// A device's QR code opens /tickets/new?asset=TAG: the form starts with that device's place and kind filled in.
export default async function ReportProblemPage({ searchParams }: Props) {
  const { asset } = await searchParams;
  const assetTag = normaliseAssetTag(typeof asset === "string" ? asset : undefined);
  const actor = await requirePageActor("/tickets/new", assetTag ? `/tickets/new?asset=${encodeURIComponent(assetTag)}` : "/tickets/new");
  const data = await intakeFormData(actor, { assetTag });
  const { categoryId, locationId } = data.defaults;
  const initialKnown = {
    key: knownProblemsKey(categoryId, locationId),
    tickets: categoryId && locationId ? await similarOpenTickets(actor, { categoryId, locationId, now: new Date() }) : [],
  };

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">Report a problem</h1>
        <p className="mt-2 text-lg">
          Tell us what is wrong and where. It takes about a minute, and you can follow what happens under My tickets.
        </p>
      </div>
      <Notice tone="warning">
        If patient care is blocked right now, also call <strong>{env().SERVICE_DESK_PHONE}</strong>.
      </Notice>
      {data.asset && (
        <Notice title={`This is ${data.asset.name} in ${data.asset.path}`}>
          We filled in where it is and what kind of device it is. Change them below if they are wrong.
        </Notice>
      )}
      {assetTag && !data.asset && (
        <Notice title={`We do not know the device ${assetTag} yet`}>Its tag is filled in below. Please choose where it is.</Notice>
      )}
      <div className="rounded-md bg-paper p-4 shadow-sm sm:p-6">
        <IntakeForm
          idempotencyKey={randomUUID()}
          categories={data.categories}
          locations={data.locations}
          defaults={data.defaults}
          canFileOnBehalf={data.canFileOnBehalf}
          initialKnown={initialKnown}
        />
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { IssueTokenForm } from "@/features/api-tokens/components/issue-token-form";
import { TokenTable } from "@/features/api-tokens/components/token-table";
import { listApiTokens } from "@/features/api-tokens/queries";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const actor = await requirePageActor("/admin/api-tokens");
  const tokens = await listApiTokens(actor);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">API tokens</h1>
        <p className="mt-2 max-w-prose text-lg">
          Systems such as patient monitoring or the EHR file and read tickets through the REST API with a token.
          Each token acts as a named system account with the role you choose. The API is described at{" "}
          <a href="/api/v1/openapi.json" className="font-semibold text-brand underline underline-offset-4">
            /api/v1/openapi.json
          </a>
          .
        </p>
      </div>
      <IssueTokenForm />
      <TokenTable tokens={tokens} />
    </div>
  );
}

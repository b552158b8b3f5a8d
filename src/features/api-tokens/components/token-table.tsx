import { env } from "@/env";
import { ROLE_LABELS, isRole } from "@/domain/authz/roles";
import { revokeApiTokenAction } from "../actions";
import type { ApiTokenRow } from "../queries";

function formatInstant(instant: Date | null, zone: string): string {
  if (!instant) return "Never";
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(instant);
}

/** The issued tokens; a live one can be revoked after a second, deliberate click. */
export function TokenTable({ tokens }: { tokens: ApiTokenRow[] }) {
  const zone = env().HOSPITAL_TIME_ZONE;
  if (tokens.length === 0) return <p className="text-lg">No tokens have been issued yet.</p>;
  return (
    <div className="overflow-x-auto rounded-md bg-paper shadow-sm">
      <table className="w-full border-collapse text-left">
        <caption className="p-4 text-left text-xl font-bold">Issued tokens</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {["System", "Role", "Starts with", "Issued", "Last used", "Status"].map((heading) => (
              <th key={heading} scope="col" className="p-3">
                {heading}
              </th>
            ))}
            <th scope="col" className="p-3">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-b border-line/40 align-top">
              <th scope="row" className="p-3 font-semibold">
                {token.name}
                <span className="block text-sm font-normal text-ink-muted">by {token.issuedBy}</span>
              </th>
              <td className="p-3">{isRole(token.role) ? ROLE_LABELS[token.role] : token.role}</td>
              <td className="p-3 font-mono">{token.prefix}…</td>
              <td className="p-3">{formatInstant(token.createdAt, zone)}</td>
              <td className="p-3">{formatInstant(token.lastUsedAt, zone)}</td>
              <td className="p-3">
                {token.revokedAt ? `Revoked ${formatInstant(token.revokedAt, zone)}` : <span className="font-semibold text-ok">Active</span>}
              </td>
              <td className="p-3">{!token.revokedAt && <RevokeControl token={token} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Revoking stops a live integration (a monitor's alerts, the EHR's tickets): it takes a second click.
function RevokeControl({ token }: { token: ApiTokenRow }) {
  return (
    <details>
      <summary className="inline-flex min-h-12 cursor-pointer items-center font-semibold text-danger underline underline-offset-4">
        Revoke<span className="sr-only"> the token for {token.name}</span>
      </summary>
      <form action={revokeApiTokenAction} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="tokenId" value={token.id} />
        <p className="text-sm">{token.name} stops working at once. This cannot be undone.</p>
        <button
          type="submit"
          className="inline-flex min-h-12 items-center justify-center rounded-md bg-danger px-5 py-2 font-semibold text-white hover:bg-[#8f1016]"
        >
          Yes, revoke it
        </button>
      </form>
    </details>
  );
}

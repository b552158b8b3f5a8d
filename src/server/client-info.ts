// Who is on the other end of a request, for audit rows and per-client rate limits.
// X-Forwarded-For is a list anyone can start: only the entries appended by our own proxies are true. WardDesk
// runs behind the hospital's TLS reverse proxy, which appends the address it saw; with one proxy that is the
// last entry (TRUSTED_PROXY_HOPS=1). Reached directly, Next sets the header to the socket address itself.

import { env } from "@/env";

export type ClientInfo = { clientIp: string | null; userAgent: string | null };

export function clientAddressFrom(forwardedFor: string | null, trustedHops: number): string | null {
  const entries = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  return entries[Math.max(0, entries.length - Math.max(1, trustedHops))] ?? null;
}

export function clientInfoFrom(headers: Headers, trustedHops = env().TRUSTED_PROXY_HOPS): ClientInfo {
  const clientIp = clientAddressFrom(headers.get("x-forwarded-for"), trustedHops);
  const userAgent = headers.get("user-agent")?.slice(0, 300) ?? null;
  return { clientIp: clientIp ? clientIp.slice(0, 64) : null, userAgent };
}

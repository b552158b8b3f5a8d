// Who is on the other end of a request, for audit rows and per-client rate limits.
// WardDesk is deployed behind the hospital's reverse proxy, which sets X-Forwarded-For; Next's own server
// sets it when it is reached directly. The first address is the original client.

export type ClientInfo = { clientIp: string | null; userAgent: string | null };

export function clientInfoFrom(headers: Headers): ClientInfo {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const clientIp = forwarded || headers.get("x-real-ip") || null;
  const userAgent = headers.get("user-agent")?.slice(0, 300) ?? null;
  return { clientIp: clientIp ? clientIp.slice(0, 64) : null, userAgent };
}

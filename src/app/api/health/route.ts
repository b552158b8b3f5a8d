import { checkDatabase } from "@/server/health";

// Public on purpose: load balancers and monitoring probe it without credentials. It reveals only up/down.
export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database === "ok" ? "ok" : "unavailable", database },
    { status: database === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

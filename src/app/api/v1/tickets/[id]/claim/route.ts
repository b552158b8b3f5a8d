import { apiRoute } from "@/features/api/http";
import { requireApiActor } from "@/features/api/authenticate";
import { claimFromApi } from "@/features/api/work";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute<Context>("POST /api/v1/tickets/[id]/claim", async (request, { params }) => {
  const now = new Date();
  const actor = await requireApiActor(request, "ticket:claim", now);
  return claimFromApi(actor, (await params).id, now);
});

import { apiRoute } from "@/features/api/http";
import { requireApiActor } from "@/features/api/authenticate";
import { changeStatusFromApi } from "@/features/api/work";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute<Context>("POST /api/v1/tickets/[id]/status", async (request, { params }) => {
  const now = new Date();
  const actor = await requireApiActor(request, "ticket:transition", now);
  return changeStatusFromApi(actor, (await params).id, request, now);
});

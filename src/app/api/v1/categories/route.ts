import { apiRoute, json } from "@/features/api/http";
import { requireApiActor } from "@/features/api/authenticate";
import { apiCategories } from "@/features/api/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute("GET /api/v1/categories", async (request) => {
  const actor = await requireApiActor(request, "ticket:read");
  return json({ data: await apiCategories(actor) });
});

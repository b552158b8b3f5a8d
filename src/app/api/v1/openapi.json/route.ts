import { apiRoute, json } from "@/features/api/http";
import { openApiDocument } from "@/features/api/openapi";

// Public on purpose: the description of the API holds no data, and integrators read it before they have a token.
export const dynamic = "force-dynamic";

export const GET = apiRoute("GET /api/v1/openapi.json", async () => json(openApiDocument()));

import { requireActor } from "@/server/auth";
import { AppError, errorResponse } from "@/server/errors";
import { queueScopeFor, ticketScopeFor } from "@/features/live/queries";
import { ticketChangeListener } from "@/features/live/listener";
import { liveEventStream } from "@/features/live/stream";

// A long-lived stream fed by this process's LISTEN connection: never static, never on the edge.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/live?scope=queue or ?ticket=<id>: changes the signed-in person may see, as they commit. */
export async function GET(request: Request): Promise<Response> {
  try {
    const query = new URL(request.url).searchParams;
    const ticketId = query.get("ticket");
    // 401 when signed out, 403 (audited) for a role without the permission, before anything is read.
    const actor = await requireActor(ticketId ? "ticket:read" : "queue:read");
    if (!ticketId && query.get("scope") !== "queue") throw new AppError("BAD_REQUEST", "Ask for ?scope=queue or ?ticket=<id>.");
    const scope = ticketId ? await ticketScopeFor(actor, ticketId) : await queueScopeFor(actor);
    return liveEventStream(scope, ticketChangeListener(), request.signal);
  } catch (error) {
    const response = errorResponse(error, "GET /api/live");
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
}

import type { Actor } from "@/domain/authz/actor";
import { PHI_KIND_WORDS, type PhiKind } from "@/domain/phi/detect";
import { AppError } from "@/server/errors";
import { fileTicket, type PhiFindings } from "@/features/tickets/commands/file-ticket";
import { invalid, readJsonBody } from "./http";
import { apiTicket } from "./queries";
import { ZApiFileTicket, type TTicketResource } from "./schemas";

const KEY_TAKEN = "This Idempotency-Key was already used by another caller. Send a new one for each ticket.";

export type ApiFiled = { replay: boolean; ticket: TTicketResource };

/**
 * POST /api/v1/tickets: the same `fileTicket` command the form uses. The idempotency key comes from the
 * Idempotency-Key header (or the body); a repeat with the same key answers with the first ticket.
 */
export async function fileTicketFromApi(actor: Actor, request: Request, now: Date): Promise<ApiFiled> {
  const body = await readJsonBody(request);
  const idempotencyKey = request.headers.get("idempotency-key") ?? body.idempotencyKey;
  const input = ZApiFileTicket.safeParse({ ...body, idempotencyKey });
  if (!input.success) throw invalid(input.error);
  const result = await fileTicket({ actor, input: input.data, now }).catch((error: unknown) => {
    // The command's field errors (an unknown category or location) are bad requests like any other.
    if (error instanceof AppError && error.code === "INVALID") throw new AppError("BAD_REQUEST", undefined, error.fields);
    if (error instanceof AppError && error.code === "CONFLICT") throw new AppError("CONFLICT", KEY_TAKEN);
    throw error;
  });
  if (result.kind === "phi_found") throw phiFound(result.findings);
  const ticket = await apiTicket(actor, result.ticket.id);
  // Whoever files a ticket can read it (ticket:read:own covers filedById); reaching this is a bug.
  if (!ticket) throw new Error("filed ticket is not visible to its filer");
  return { replay: result.duplicate, ticket };
}

const PHI_ADVICE = 'This looks like patient data. Remove it, or send "phiDecision": "redact" to store the text with it replaced by [redacted].';

/** 422 naming the kinds of likely patient data and where; the matched text is never sent back. */
function phiFound(findings: PhiFindings): AppError {
  const errors: Record<string, string[]> = {};
  const phi: Partial<Record<keyof PhiFindings, PhiKind[]>> = {};
  for (const field of ["summary", "details"] as const) {
    const kinds = [...new Set(findings[field].map((finding) => finding.kind))];
    if (kinds.length === 0) continue;
    errors[field] = kinds.map((kind) => `Looks like patient data: ${PHI_KIND_WORDS[kind]}`);
    phi[field] = kinds;
  }
  return new AppError("PHI_FOUND", PHI_ADVICE, errors, undefined, { phi });
}

import type { Tx } from "./prisma-client";

// Who did what to which record, written in the same transaction as the change it describes, so there is
// never a change without its audit row nor an audit row for a change that rolled back. Details hold ids,
// codes and counts only: never ticket text, which is where patient data would slip in.

export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_in_blocked"
  | "auth.sign_out"
  | "auth.session_expired"
  | "access.denied"
  | "seed.applied"
  | "ticket.filed"
  | "ticket.joined"
  | "ticket.commented"
  | "ticket.attachment_added"
  | "ticket.resolution_confirmed"
  | "ticket.reopened"
  | "ticket.retriaged"
  | "ticket.rerouted_onsite"
  | "api_token.issued"
  | "api_token.revoked"
  | "ticket.viewed"
  | "ticket.listed"
  | "attachment.downloaded"
  | "triage.matrix_updated"
  | "triage.rule_created"
  | "triage.rule_updated"
  | "triage.rule_deleted"
  | "triage.rule_reordered"
  | "downtime.declared"
  | "downtime.ended"
  | "incident.confirmed"
  | "incident.resolved"
  | "category.updated"
  | "location.updated"
  | "location.created"
  | "team.member_added"
  | "team.member_removed"
  | "team.lead_changed"
  | "shift.created"
  | "shift.deleted"
  | "on_call.created"
  | "on_call.deleted"
  | "ticket.status_changed"
  | "ticket.claimed"
  | "ticket.assigned"
  | "ticket.dispatch_step"
  | "ticket.internal_note"
  | "ticket.merged"
  | "ticket.incident_linked"
  | "queue.view_saved"
  | "queue.view_deleted"
  | "sla.escalated"
  | "sla.policy_created"
  | "sla.policy_updated"
  | "sla.calendar_created"
  | "sla.calendar_updated"
  | "sla.holiday_added"
  | "sla.holiday_removed"
  | "sla.settings_updated";

export type AuditDetails = Record<string, string | number | boolean | null>;

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  clientIp?: string | null;
  details?: AuditDetails;
};

export function writeAudit(tx: Tx, entry: AuditEntry, at: Date) {
  return tx.auditLog.create({
    data: {
      at,
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      clientIp: entry.clientIp ?? null,
      details: entry.details ?? {},
    },
    select: { id: true },
  });
}

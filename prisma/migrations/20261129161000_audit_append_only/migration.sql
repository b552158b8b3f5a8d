-- The audit log is evidence (HIPAA 164.312(b)): once written, a row may never change or disappear.
-- Enforced by the database itself so that no code path, script or console session can quietly edit it.
-- Prisma's schema language cannot express triggers, so this migration is hand-written; the engine leaves
-- objects it does not model alone when it diffs, so later migrations keep it.

CREATE FUNCTION "audit_log_reject_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_log_no_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_reject_change"();

CREATE TRIGGER "audit_log_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_reject_change"();

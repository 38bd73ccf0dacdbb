-- Hand-written (no schema change): the audit log is append-only in the database itself, so
-- no code path, present or future, can rewrite or remove what staff did.
CREATE FUNCTION "skridt_audit_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "skridt_audit_append_only"();

-- TRUNCATE bypasses row triggers; refuse it too.
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
FOR EACH STATEMENT EXECUTE FUNCTION "skridt_audit_append_only"();

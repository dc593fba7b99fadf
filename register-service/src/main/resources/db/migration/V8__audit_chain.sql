-- Chains the audit entries that exist (and any written before this version's code), continuing
-- from the chain's head, in id order, with the hash AuditChain computes; then makes the table
-- append-only for the service's own user.
DO $$
DECLARE
  previous text;
  e record;
BEGIN
  SELECT last_hash INTO previous FROM audit_chain WHERE id = 1 FOR UPDATE;
  FOR e IN SELECT * FROM audit_entry WHERE hash IS NULL ORDER BY id LOOP
    UPDATE audit_entry
       SET prev_hash = previous,
           hash = audit_entry_hash(previous, e.id, e.occurred_at, e.actor, e.role, e.subject_id,
                                   e.action, e.resource, e.purpose)
     WHERE id = e.id
     RETURNING hash INTO previous;
    UPDATE audit_chain SET last_id = e.id, last_hash = previous WHERE id = 1;
  END LOOP;
END
$$;

ALTER TABLE audit_entry ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL;

-- Append-only: the service's own user cannot change or delete an entry; only a deletion in a
-- transaction that set rekisteri.audit_retention = on (RetentionRepository.deleteAuditEntries)
-- passes. The user owns the table, so this is tamper-resistance against the application, and the
-- hash chain is the evidence against anyone else (README, "Choices worth knowing").
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('rekisteri.audit_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit entries are append-only (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

-- Every read of a person's data in the rights service (issue #10, point 6), in the register's
-- shape, hash-chained: each entry holds the hash of the one before it.
CREATE TABLE audit_entry (
    id          bigserial PRIMARY KEY,
    occurred_at timestamptz  NOT NULL,
    actor       varchar(200) NOT NULL,
    role        varchar(40),
    subject_id  uuid,
    action      varchar(40)  NOT NULL,
    resource    varchar(100) NOT NULL,
    purpose     varchar(100) NOT NULL,
    prev_hash   varchar(64)  NOT NULL,
    hash        varchar(64)  NOT NULL
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_id, id);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);

-- One row: the head of the chain (appends lock it, so the chain has one order) and the checkpoint
-- a pruning leaves (verification starts from it).
CREATE TABLE audit_chain (
    id          smallint PRIMARY KEY CHECK (id = 1),
    last_id     bigint      NOT NULL DEFAULT 0,
    last_hash   varchar(64) NOT NULL,
    anchor_id   bigint      NOT NULL DEFAULT 0,
    anchor_hash varchar(64) NOT NULL,
    pruned      bigint      NOT NULL DEFAULT 0,
    pruned_at   timestamptz
);
INSERT INTO audit_chain (id, last_hash, anchor_hash) VALUES (1, repeat('0', 64), repeat('0', 64));

-- Append-only: the service's own user cannot change or delete an entry; only a deletion in a
-- transaction that set rekisteri.audit_retention = on (the retention path) passes.
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

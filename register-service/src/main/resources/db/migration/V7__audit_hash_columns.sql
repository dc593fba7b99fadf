-- Tamper evidence for the audit log (issue #10, point 6): each entry carries the hash of the one
-- before it. This version only adds the structure; V8 chains the rows and makes them append-only.
ALTER TABLE audit_entry ADD COLUMN prev_hash varchar(64), ADD COLUMN hash varchar(64);

-- One row: the head of the chain (appends lock it, so the chain has one order) and the checkpoint
-- the retention job leaves when it prunes the oldest entries (verification starts from it).
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

-- The hash AuditChain computes in Java: SHA-256 over the previous hash, '|', and the canonical
-- fields (id, time in UTC to the microsecond, actor, role, subject id, action, resource, purpose),
-- each written as its UTF-8 length, ':' and the value, or '~' when null, joined by '|'.
CREATE FUNCTION audit_entry_hash(prev text, entry_id bigint, at timestamptz, actor text,
                                 role text, subject uuid, action text, resource text,
                                 purpose text)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(prev || '|' || string_agg(
           CASE WHEN f IS NULL THEN '~'
                ELSE octet_length(convert_to(f, 'UTF8')) || ':' || f END, '|' ORDER BY n),
         'UTF8')), 'hex')
  FROM unnest(ARRAY[entry_id::text,
                    to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                    actor, role, subject::text, action, resource, purpose])
       WITH ORDINALITY AS t(f, n)
$$;

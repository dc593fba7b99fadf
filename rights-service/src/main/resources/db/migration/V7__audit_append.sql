-- The service's own user appends to the audit chain only through this function (issue 17, 5):
-- at startup the audit owner (rights_audit) takes over every audit table and these functions
-- (AuditTableOwner), so the function runs with the owner's rights (SECURITY DEFINER) while the
-- service's user keeps only SELECT on audit_entry and audit_chain and EXECUTE here.

-- The hash AuditChain computes in Java (the register's migration V7 has the same): SHA-256 over
-- the previous hash, '|', and the canonical fields (id, time in UTC to the microsecond, actor,
-- role, subject id, action, resource, purpose), each written as its UTF-8 length, ':' and the
-- value, or '~' when null, joined by '|'.
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

-- Appends one entry: the chain's head row locked until the caller's transaction ends (appends have
-- one order), the id and time taken under the lock, the link computed, the head moved. Returns
-- what the entry became.
CREATE FUNCTION audit_append(p_actor text, p_role text, p_subject uuid, p_action text,
                             p_resource text, p_purpose text)
RETURNS TABLE (entry_id bigint, entry_at timestamptz, entry_prev_hash text, entry_hash text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  previous text;
  new_id bigint;
  new_at timestamptz;
  new_hash text;
BEGIN
  SELECT c.last_hash INTO previous FROM public.audit_chain c WHERE c.id = 1 FOR UPDATE;
  new_id := nextval('public.audit_entry_id_seq');
  new_at := date_trunc('microseconds', clock_timestamp());
  new_hash := public.audit_entry_hash(previous, new_id, new_at, p_actor, p_role, p_subject,
                                      p_action, p_resource, p_purpose);
  INSERT INTO public.audit_entry (id, occurred_at, actor, role, subject_id, action, resource,
                                  purpose, prev_hash, hash)
  VALUES (new_id, new_at, p_actor, p_role, p_subject, p_action, p_resource, p_purpose, previous,
          new_hash);
  UPDATE public.audit_chain SET last_id = new_id, last_hash = new_hash WHERE id = 1;
  RETURN QUERY SELECT new_id, new_at, previous, new_hash;
END
$$;
REVOKE ALL ON FUNCTION audit_append(text, text, uuid, text, text, text) FROM PUBLIC;

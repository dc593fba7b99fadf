-- Issue 19 item 4: where a person is mentioned in OTHER records' free text (contact notes and
-- worksite, interaction summaries, order summaries and worksite), found by her email, phone or full
-- name through indexes, never by reading every row (mention/MentionSearch).
--
-- No side table of extracted identifiers: the indexes are expression indexes over the free text
-- itself, so they follow the text by construction (an edit, a redaction or a delete updates or drops
-- the index entry in the same transaction; there is no copy to forget).
--   * mention_keys(text): the emails (lower case) and Finnish phone numbers (E.164, +358...) written
--     in a text, in any common spelling (040-123 4567, 0401234567, +358 40 123 4567, 00358 40 ...).
--     A GIN index over it answers "which rows mention +358401234567" with `&&`.
--   * the lower-cased text under a pg_trgm GIN index answers LIKE '%maija meikäläinen%' (the full name).
-- mention/MentionPatterns holds the same patterns in Java (to find the passage and the span to redact);
-- MentionPatternsTest checks that both give the same keys.

CREATE FUNCTION mention_phone(raw text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN d LIKE '+3580%' THEN '+358' || substr(d, 6)
        WHEN d LIKE '+358%' THEN d
        WHEN d LIKE '003580%' THEN '+358' || substr(d, 7)
        WHEN d LIKE '00358%' THEN '+' || substr(d, 3)
        WHEN d LIKE '0%' THEN '+358' || substr(d, 2)
        ELSE d
    END
    FROM (SELECT regexp_replace(raw, '[^0-9+]', '', 'g') AS d) AS digits
$$;

CREATE FUNCTION mention_keys(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT k), '{}')
    FROM (
        SELECT lower(m[1]) AS k
        FROM regexp_matches(t, '([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})', 'g') AS m
        UNION ALL
        SELECT public.mention_phone(m[1])
        FROM regexp_matches(t, '(?<![0-9+])((?:\+358|00358|0)[ -]?[0-9](?:[ -]?[0-9]){5,10})(?![0-9])', 'g') AS m
    ) AS keys
$$;

-- the fields of a table are joined by a line feed, which no email or phone pattern crosses
CREATE INDEX contact_mention_keys_idx ON contact
    USING gin (public.mention_keys(coalesce(notes, '') || E'\n' || coalesce(worksite, '')));
CREATE INDEX contact_mention_text_trgm_idx ON contact
    USING gin (lower(coalesce(notes, '') || E'\n' || coalesce(worksite, '')) gin_trgm_ops);

CREATE INDEX interaction_mention_keys_idx ON interaction
    USING gin (public.mention_keys(coalesce(summary, '')));
CREATE INDEX interaction_mention_text_trgm_idx ON interaction
    USING gin (lower(coalesce(summary, '')) gin_trgm_ops);

CREATE INDEX customer_order_mention_keys_idx ON customer_order
    USING gin (public.mention_keys(coalesce(summary, '') || E'\n' || coalesce(worksite, '')));
CREATE INDEX customer_order_mention_text_trgm_idx ON customer_order
    USING gin (lower(coalesce(summary, '') || E'\n' || coalesce(worksite, '')) gin_trgm_ops);

-- What became of a mention: redacted (by an erasure, found by email or phone, or confirmed by the
-- DPO when found by name alone), left under a hold, or found by name alone and waiting for the DPO.
-- No text of the mention and no identifier of the person: the record and field, the span in the
-- field's text and a SHA-256 of that text when the row was written, so that a later confirmation
-- redacts exactly that span and only if the text has not changed since. Rows of a record go when
-- the record goes (mention/MentionLedger.forget).
CREATE TABLE mention_outcome (
    id           uuid PRIMARY KEY,
    subject_id   uuid NOT NULL,
    source_table varchar(40) NOT NULL,
    record_id    uuid NOT NULL,
    field        varchar(40) NOT NULL,
    matched_by   varchar(10) NOT NULL,
    state        varchar(10) NOT NULL,
    span_start   integer NOT NULL,
    span_end     integer NOT NULL,
    text_sha256  varchar(64) NOT NULL,
    request_id   varchar(100),
    recorded_at  timestamptz NOT NULL,
    CONSTRAINT mention_outcome_state_check CHECK (state IN ('REDACTED', 'HELD', 'PENDING')),
    CONSTRAINT mention_outcome_matched_by_check CHECK (matched_by IN ('EMAIL', 'PHONE', 'NAME'))
);
CREATE INDEX mention_outcome_subject_idx ON mention_outcome (subject_id, recorded_at);
CREATE INDEX mention_outcome_record_idx ON mention_outcome (record_id);

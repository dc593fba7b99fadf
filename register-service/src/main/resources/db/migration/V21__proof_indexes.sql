-- Issue 19 item 5: the proof of erasure (subjectrights/ErasureProofCheck) searches every table for
-- the erased person's identifiers (email, the phone's last seven digits, first and last name, street)
-- in each row read as text, so that a value in any column counts. Read as `t::text`, that is one
-- full read of the table per kind of identifier: at 1M contacts about 25 s a proof, inside the
-- erasure's transaction (deploy/bench/proof, docs/benchmark.md).
--
-- proof_row_text(row) is the row's text under a pg_trgm GIN index (pg_trgm: V10) on the tables that
-- grow with the number of people or with use, so that `public.proof_row_text(t) ILIKE ?` is an index
-- search there; the check writes the expression exactly so, on every table (the others are small,
-- or queues emptied as they are delivered (audit_pending, erasure_ledger_outbox), and read in full).
-- The check's statements are prepared with parameters, so PostgreSQL soon plans them once for any
-- pattern (a generic plan, as a JDBC statement prepared on the server after 5 runs gets): it guesses
-- that 0.5 % of the rows match, so that EXISTS would stop early in a full read, and with the default
-- function cost (100) chose a Seq Scan that reads every row (deploy/bench/proof, 2 000 contacts).
-- COST 10000 tells it what reading a row as text here costs next to an index search, so the generic
-- plan is the index (shown by deploy/bench/proof at 10k and 1M). The function is called, never
-- inlined into `t::text` (an IMMUTABLE SQL function whose body is not immutable is not inlined),
-- which is what lets the index and the query's expression match at all.
--
-- IMMUTABLE, though a row's text is only STABLE: a timestamptz column reads according to TimeZone
-- and DateStyle. The searched identifiers are never in such a column's text, and the index is lossy:
-- every row it names is checked again against the row as it reads now, so the index can only make a
-- search return less if an identifier's trigrams were missing from it, which a time zone cannot do.
-- (The application's connections read dates in ISO: the JDBC driver insists on DateStyle ISO.)
-- What the index cannot follow is a change of a row's text without a write of the row: a column
-- added later with a non-null default is in no old row's entry (checked on PostgreSQL 15: the index
-- then finds none of the 1 000 old rows that a full read finds). Harmless while such a default can
-- never be an identifier; a migration adding one that could runs REINDEX INDEX
-- <table>_proof_trgm_idx after it. Dropping a column keeps the index (checked on 15): the
-- old entries keep the dropped value's trigrams, which only adds rows to check again.
CREATE FUNCTION proof_row_text(r anyelement) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 10000 AS $$ SELECT $1::text $$;

CREATE INDEX contact_proof_trgm_idx ON contact USING gin (public.proof_row_text(contact) gin_trgm_ops);
CREATE INDEX interaction_proof_trgm_idx ON interaction USING gin (public.proof_row_text(interaction) gin_trgm_ops);
CREATE INDEX customer_order_proof_trgm_idx ON customer_order USING gin (public.proof_row_text(customer_order) gin_trgm_ops);
CREATE INDEX invoice_proof_trgm_idx ON invoice USING gin (public.proof_row_text(invoice) gin_trgm_ops);
CREATE INDEX payment_proof_trgm_idx ON payment USING gin (public.proof_row_text(payment) gin_trgm_ops);
CREATE INDEX preference_change_proof_trgm_idx ON preference_change USING gin (public.proof_row_text(preference_change) gin_trgm_ops);
CREATE INDEX disclosure_proof_trgm_idx ON disclosure USING gin (public.proof_row_text(disclosure) gin_trgm_ops);
-- grow with use rather than with people: every audited action, every event, every rights command
-- and every mention an erasure handled; no free text about people, but the proof reads them too
CREATE INDEX audit_entry_proof_trgm_idx ON audit_entry USING gin (public.proof_row_text(audit_entry) gin_trgm_ops);
CREATE INDEX outbox_event_proof_trgm_idx ON outbox_event USING gin (public.proof_row_text(outbox_event) gin_trgm_ops);
CREATE INDEX rights_command_proof_trgm_idx ON rights_command USING gin (public.proof_row_text(rights_command) gin_trgm_ops);
CREATE INDEX mention_outcome_proof_trgm_idx ON mention_outcome USING gin (public.proof_row_text(mention_outcome) gin_trgm_ops);

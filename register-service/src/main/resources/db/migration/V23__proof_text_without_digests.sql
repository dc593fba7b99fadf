-- Issue 20 (less work per create): the proof indexes of V21 cost every create a trigram entry for
-- each of its rows. Two of those entries were work the proof never needed.
--
-- 1. outbox_event is a queue: the relay deletes every row as soon as the broker has it, so the
--    table holds only what is not yet relayed (none, or a backlog while Kafka is away). The proof
--    reads it in full as it reads audit_pending and erasure_ledger_outbox, and its index only made
--    every create index its event's JSON (a few hundred trigrams) and every relay leave them dead:
--    about 0.1 ms of the database's time a create (deploy/bench/proof at 10k: 1 000 one-row
--    inserts of a ContactCreated event 346 / 366 ms before, 271 / 256 ms after). The price is paid
--    only while events wait: with 10 000 of them (Kafka away) one proof read them in full in
--    about 0.45 s (deploy/bench/proof, docs/benchmark.md), where the empty queue of normal
--    operation costs nothing.
--
-- 2. A row's text for the proof no longer holds SHA-256 digests written as 64 hexadecimal digits:
--    the audit chain's prev_hash and hash (more than half of an audit entry's trigrams: 229 -> 105)
--    and rights_command.body_sha256. A digest can hold no identifier the proof searches for (an
--    email has an @, a name or street is not 64 hex digits, and a phone found inside hexadecimal
--    is already refused by the whole-number check, ErasureProofCheck.wholeNumber); it only made
--    index entries larger and gave the phone's seven digits false candidates. Only whole words are
--    removed (\m ... \M), and the separators around them stay, so no two words of a row are joined.
--
-- Why no REINDEX: the index entries written before this migration were made from the row's whole
-- text, a superset of the words of the text now (words are only removed, never joined or changed),
-- so their trigrams include every trigram of the new text and an index search still returns every
-- row whose new text could match; each row it returns is checked again against the new text. Old
-- entries are only larger. A REINDEX INDEX <table>_proof_trgm_idx (run by the table's owner; the
-- audit owner for audit_entry) makes them small too, whenever convenient. The function keeps its
-- name, signature, volatility and cost, so the indexes and ErasureProofCheck's query still match.
CREATE OR REPLACE FUNCTION proof_row_text(r anyelement) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 10000
    AS $$ SELECT regexp_replace($1::text, '\m[0-9a-f]{64}\M', '', 'g') $$;

DROP INDEX outbox_event_proof_trgm_idx;

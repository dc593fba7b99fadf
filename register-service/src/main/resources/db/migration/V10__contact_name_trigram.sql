-- Issue #11: a name search is "contains", case-insensitive (common/LikePatterns), which no btree
-- can serve; trigram GIN indexes on the very expression contact/ContactRepository.search compares
-- let LIKE '%...%' use an index instead of reading every row. pg_trgm is a trusted extension: the
-- database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX contact_full_name_trgm_idx ON contact
    USING gin (lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) gin_trgm_ops);

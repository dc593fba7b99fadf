-- The suppression list's keyed hashes carry the id of the key that made them, so that keys can
-- be rotated: new entries use the newest key, lookups try every key of the ring, and a key stays
-- in the ring until its entries have expired (an erased email cannot be hashed again).
-- Entries made before the ring existed were made with the key the ring calls "1".
ALTER TABLE suppression ADD COLUMN key_id varchar(32) NOT NULL DEFAULT '1';
ALTER TABLE suppression ALTER COLUMN key_id DROP DEFAULT;
CREATE INDEX suppression_key_idx ON suppression (key_id);

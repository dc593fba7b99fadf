-- Idempotency that cannot be misused: a command replayed with its request id must be the same
-- command on the same subject. body_sha256 is the SHA-256 (hex) of the canonical command body;
-- rows logged before this column existed have none and are compared by subject only.
ALTER TABLE rights_command ADD COLUMN body_sha256 char(64);

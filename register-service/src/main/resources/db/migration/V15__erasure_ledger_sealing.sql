-- The erasure ledger's entries are sealed (HMAC with a key id, platform LedgerSeal). Entries written
-- before seals existed are sealed once, by the first start of this version: this row records that
-- the pass ran, so that afterwards an unsealed entry is skipped as a forgery, never applied.
CREATE TABLE erasure_ledger_sealing (
    id integer PRIMARY KEY CHECK (id = 1),
    sealed_at timestamp with time zone NOT NULL,
    entries integer NOT NULL
);

-- Erasures found in the register's erasure ledger (Kafka topic erasure.ledger) that this database
-- had not applied (it was restored from a backup taken before them) and applied at startup, before
-- the service answered a request (issue #12, 4). Pseudonymous: ids and times only.
CREATE TABLE erasure_reapplication (
    id            bigserial PRIMARY KEY,
    subject_id    uuid         NOT NULL,
    request_id    varchar(100) NOT NULL,
    erased_at     timestamptz  NOT NULL,
    reapplied_at  timestamptz  NOT NULL,
    copies_deleted integer     NOT NULL
);
CREATE INDEX erasure_reapplication_reapplied_idx ON erasure_reapplication (reapplied_at DESC, id DESC);

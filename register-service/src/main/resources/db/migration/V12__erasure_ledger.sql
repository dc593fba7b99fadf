-- The erasure ledger (issue #12, 4). Every erasure is also written, pseudonymously (subject id,
-- request id, time, category codes), to the compacted Kafka topic erasure.ledger, outside this
-- database, so that a restore from an older backup cannot bring an erased person back.
-- erasure_ledger_outbox holds the entries committed with their erasure until the broker has them.
CREATE TABLE erasure_ledger_outbox (
    id          bigserial PRIMARY KEY,
    subject_id  uuid        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Erasures found in the ledger but missing from this database (it was restored from a backup
-- taken before them) and erased again at startup, before the service answered a request.
CREATE TABLE erasure_reapplication (
    id            bigserial PRIMARY KEY,
    subject_id    uuid         NOT NULL,
    request_id    varchar(100) NOT NULL,
    erased_at     timestamptz  NOT NULL,
    reapplied_at  timestamptz  NOT NULL,
    outcome       varchar(30)  NOT NULL
);
CREATE INDEX erasure_reapplication_reapplied_idx ON erasure_reapplication (reapplied_at DESC, id DESC);

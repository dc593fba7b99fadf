-- Issue 19, 5: when an erasure completes, this service checks its own stores for what remains of
-- the person and records the result on the request, so that the proof shows what was found at
-- completion, not what a later reading finds. No personal data: places and counts only.
CREATE TABLE erasure_proof_part (
    request_id uuid        PRIMARY KEY REFERENCES data_subject_request (id),
    checked    text        NOT NULL,
    remaining  text        NOT NULL,
    checked_at timestamptz NOT NULL
);

-- Issue 18, 6: Art. 19 tasks for erasures that no request asked for. The register's retention job
-- erases a customer or prospect whose period has ended, and finishes an erasure when its hold ends;
-- each step publishes ContactErased with a requestId "retention:<day>[:<subject>]". For each such
-- event this service makes one task per recipient and processor of the subject's disclosure ledger,
-- as for a request's erasure, for the DPO to confirm.

-- the events already turned into tasks (also those with no recipient), so none is done twice
CREATE TABLE retention_notice_source (
    event_id     uuid        PRIMARY KEY,
    subject_id   uuid        NOT NULL,
    cause        varchar(20) NOT NULL CHECK (cause IN ('RETENTION_PERIOD', 'HOLD_ENDED')),
    erased_on    date        NOT NULL,
    recipients   integer     NOT NULL,
    processed_at timestamptz NOT NULL
);

CREATE TABLE retention_notice (
    id             uuid          PRIMARY KEY,
    event_id       uuid          NOT NULL REFERENCES retention_notice_source (event_id),
    subject_id     uuid          NOT NULL,
    cause          varchar(20)   NOT NULL CHECK (cause IN ('RETENTION_PERIOD', 'HOLD_ENDED')),
    erased_on      date          NOT NULL,
    recipient_name varchar(200)  NOT NULL,
    recipient_kind varchar(20)   NOT NULL CHECK (recipient_kind IN ('RECIPIENT', 'PROCESSOR')),
    status         varchar(20)   NOT NULL CHECK (status IN ('OPEN', 'CONFIRMED')),
    created_at     timestamptz   NOT NULL,
    confirmed_at   timestamptz,
    confirmed_by   varchar(200),
    note           varchar(2000),
    UNIQUE (event_id, recipient_name)
);
CREATE INDEX retention_notice_status_idx ON retention_notice (status, created_at);

-- the job looks only at the register's erasures
CREATE INDEX subject_event_erased_idx ON subject_event (received_at) WHERE event_type = 'ContactErased';

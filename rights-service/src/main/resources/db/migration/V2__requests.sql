-- Data-subject requests (R12-R21). The requester's contact details given at intake are personal
-- data held for the request: they live only in data_subject_request (and in the letters to them).
CREATE TABLE data_subject_request (
    id                      uuid PRIMARY KEY,
    type                    varchar(20)  NOT NULL,
    status                  varchar(30)  NOT NULL,
    channel                 varchar(10)  NOT NULL,
    origin                  varchar(20)  NOT NULL,
    received_on             date         NOT NULL,
    language                varchar(2)   NOT NULL CHECK (language IN ('fi', 'en')),
    subject_email           varchar(254),
    subject_first_name      varchar(100),
    subject_last_name       varchar(100),
    subject_phone           varchar(40),
    details                 text,
    objection_kind          varchar(30),
    objection_situation     text,
    due_date                date         NOT NULL,
    target_date             date         NOT NULL,
    extended                boolean      NOT NULL DEFAULT false,
    extension_reason        text,
    extended_at             timestamptz,
    identity_method         varchar(20),
    identity_note           varchar(500),
    identity_verified_at    timestamptz,
    identity_verified_by    varchar(100),
    match_state             varchar(20)  NOT NULL,
    match_candidates        text,
    subject_id              uuid,
    repeat_within_12_months boolean      NOT NULL DEFAULT false,
    hold_reason             text,
    resume_status           varchar(30),
    wait_resume_status      varchar(30),
    pending_action          varchar(30),
    pending_payload         text,
    retry_count             integer      NOT NULL DEFAULT 0,
    next_retry_at           timestamptz,
    executed_at             timestamptz,
    awaiting_confirmation   boolean      NOT NULL DEFAULT false,
    confirmed_at            timestamptz,
    outcome                 varchar(30),
    result                  text,
    package                 text,
    restricted              boolean      NOT NULL DEFAULT false,
    restriction_lifted_at   timestamptz,
    created_by              varchar(100) NOT NULL,
    created_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL,
    closed_at               timestamptz,
    version                 bigint       NOT NULL DEFAULT 0
);
CREATE INDEX data_subject_request_due_idx ON data_subject_request (due_date, id);
CREATE INDEX data_subject_request_status_idx ON data_subject_request (status);
CREATE INDEX data_subject_request_email_idx ON data_subject_request (lower(subject_email));
CREATE INDEX data_subject_request_subject_idx ON data_subject_request (subject_id);
CREATE INDEX data_subject_request_retry_idx ON data_subject_request (next_retry_at)
    WHERE status = 'WAITING_FOR_REGISTER';
CREATE INDEX data_subject_request_confirm_idx ON data_subject_request (id)
    WHERE awaiting_confirmation;

-- The timeline (R21): every step, who, when, what, why.
CREATE TABLE request_event (
    id          uuid PRIMARY KEY,
    request_id  uuid         NOT NULL REFERENCES data_subject_request (id),
    seq         integer      NOT NULL,
    occurred_at timestamptz  NOT NULL,
    actor       varchar(100) NOT NULL,
    action      varchar(40)  NOT NULL,
    from_status varchar(30),
    to_status   varchar(30),
    reason      text,
    detail      text,
    UNIQUE (request_id, seq)
);

-- Letters to the requester: completion, extension notice, refusal, ... in fi or en.
CREATE TABLE letter (
    id          uuid PRIMARY KEY,
    request_id  uuid         NOT NULL REFERENCES data_subject_request (id),
    seq         integer      NOT NULL,
    kind        varchar(40)  NOT NULL,
    language    varchar(2)   NOT NULL,
    title       varchar(300) NOT NULL,
    body        text         NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(100) NOT NULL,
    UNIQUE (request_id, seq)
);

-- Art. 19 / R20: one task per recipient and processor, tracked to confirmation.
CREATE TABLE notification_task (
    id             uuid PRIMARY KEY,
    request_id     uuid         NOT NULL REFERENCES data_subject_request (id),
    seq            integer      NOT NULL,
    recipient_name varchar(200) NOT NULL,
    recipient_kind varchar(20)  NOT NULL,
    reason         varchar(20)  NOT NULL,
    status         varchar(20)  NOT NULL,
    created_at     timestamptz  NOT NULL,
    confirmed_at   timestamptz,
    confirmed_by   varchar(100),
    note           text,
    UNIQUE (request_id, seq)
);

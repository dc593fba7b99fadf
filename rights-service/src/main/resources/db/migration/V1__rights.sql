-- What the rights service keeps from the register: subject ids and the events seen, no personal data.
CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    processed_at timestamptz NOT NULL
);

CREATE TABLE known_subject (
    subject_id      uuid PRIMARY KEY,
    first_seen_at   timestamptz NOT NULL,
    last_event_type varchar(60) NOT NULL,
    last_event_at   timestamptz NOT NULL,
    restricted      boolean NOT NULL DEFAULT false,
    objected        boolean NOT NULL DEFAULT false,
    erased_at       timestamptz,
    version         bigint NOT NULL DEFAULT 0
);

CREATE TABLE subject_event (
    event_id       uuid PRIMARY KEY,
    subject_id     uuid NOT NULL,
    event_type     varchar(60) NOT NULL,
    aggregate_type varchar(40) NOT NULL,
    aggregate_id   uuid NOT NULL,
    occurred_at    timestamptz NOT NULL,
    received_at    timestamptz NOT NULL,
    body           text NOT NULL
);
CREATE INDEX subject_event_subject_idx ON subject_event (subject_id, occurred_at);

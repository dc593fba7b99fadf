-- The customer register (R3-R11, R16-R19). No special categories and no henkilötunnus columns (R8).

CREATE TABLE organisation (
    id                   uuid PRIMARY KEY,
    name                 varchar(200) NOT NULL,
    business_id          varchar(9) UNIQUE,
    visiting_street      varchar(200),
    visiting_postal_code varchar(5),
    visiting_city        varchar(100),
    billing_street       varchar(200),
    billing_postal_code  varchar(5),
    billing_city         varchar(100),
    version              bigint NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);

CREATE TABLE contact (
    id                      uuid PRIMARY KEY,
    first_name              varchar(100),
    last_name               varchar(100),
    title                   varchar(100),
    organisation_id         uuid REFERENCES organisation (id),
    email                   varchar(254),
    phone                   varchar(20),
    postal_street           varchar(200),
    postal_postal_code      varchar(5),
    postal_city             varchar(100),
    billing_street          varchar(200),
    billing_postal_code     varchar(5),
    billing_city            varchar(100),
    worksite                varchar(100),
    case_number             varchar(100),
    notes                   varchar(2000),
    relationship_start      date,
    relationship_end        date,
    source_channel          varchar(30) NOT NULL,
    source_collected_at     timestamptz NOT NULL,
    restricted              boolean NOT NULL DEFAULT false,
    restriction_reason      varchar(500),
    restricted_at           timestamptz,
    objected_direct_marketing boolean NOT NULL DEFAULT false,
    objection_situation     varchar(2000),
    objected_at             timestamptz,
    erased_at               timestamptz,
    version                 bigint NOT NULL DEFAULT 0,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL
);
CREATE INDEX contact_email_idx ON contact (lower(email));
CREATE INDEX contact_phone_idx ON contact (phone);
CREATE INDEX contact_name_idx ON contact (lower(last_name), lower(first_name));
CREATE INDEX contact_organisation_idx ON contact (organisation_id);

CREATE TABLE interaction (
    id          uuid PRIMARY KEY,
    contact_id  uuid NOT NULL REFERENCES contact (id),
    kind        varchar(30) NOT NULL,
    channel     varchar(30) NOT NULL,
    occurred_at timestamptz NOT NULL,
    handler     varchar(100) NOT NULL,
    summary     varchar(1000),
    created_at  timestamptz NOT NULL
);
CREATE INDEX interaction_contact_idx ON interaction (contact_id);

CREATE TABLE customer_order (
    id                  uuid PRIMARY KEY,
    number              varchar(40) NOT NULL UNIQUE,
    order_date          date NOT NULL,
    organisation_id     uuid REFERENCES organisation (id),
    contact_id          uuid REFERENCES contact (id),
    worksite            varchar(100),
    summary             varchar(2000),
    total               numeric(14, 2) NOT NULL,
    currency            varchar(3) NOT NULL DEFAULT 'EUR',
    source_channel      varchar(30) NOT NULL,
    source_collected_at timestamptz NOT NULL,
    version             bigint NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX order_contact_idx ON customer_order (contact_id);

CREATE TABLE invoice (
    id               uuid PRIMARY KEY,
    number           varchar(40) NOT NULL UNIQUE,
    order_id         uuid REFERENCES customer_order (id),
    organisation_id  uuid REFERENCES organisation (id),
    contact_id       uuid REFERENCES contact (id),
    issue_date       date NOT NULL,
    due_date         date NOT NULL,
    amount           numeric(14, 2) NOT NULL,
    reference_number varchar(25) NOT NULL,
    status           varchar(20) NOT NULL,
    version          bigint NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX invoice_contact_idx ON invoice (contact_id);

CREATE TABLE payment (
    id          uuid PRIMARY KEY,
    invoice_id  uuid NOT NULL REFERENCES invoice (id),
    paid_on     date NOT NULL,
    amount      numeric(14, 2) NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX payment_invoice_idx ON payment (invoice_id);

-- R7: a history, never a flag that is overwritten
CREATE TABLE preference_change (
    id                  uuid PRIMARY KEY,
    contact_id          uuid NOT NULL REFERENCES contact (id),
    kind                varchar(40) NOT NULL,
    channel             varchar(20),
    granted             boolean NOT NULL,
    source_channel      varchar(30) NOT NULL,
    source_collected_at timestamptz NOT NULL,
    recorded_at         timestamptz NOT NULL,
    recorded_by         varchar(100) NOT NULL
);
CREATE INDEX preference_change_contact_idx ON preference_change (contact_id, recorded_at);

-- keyed hash (HMAC-SHA256) of a normalised email; no email is stored here
CREATE TABLE suppression (
    email_hash varchar(64) PRIMARY KEY,
    reason     varchar(20) NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE controller_profile (
    id         integer PRIMARY KEY CHECK (id = 1),
    document   jsonb NOT NULL,
    version    bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL,
    updated_by varchar(100) NOT NULL
);

CREATE TABLE controller_profile_version (
    number      integer PRIMARY KEY,
    document    jsonb NOT NULL,
    change_note varchar(500),
    valid_from  timestamptz NOT NULL,
    created_by  varchar(100) NOT NULL
);

-- R9: who read or wrote whose data; subject ids only
CREATE TABLE audit_entry (
    id          bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor       varchar(100) NOT NULL,
    role        varchar(40),
    subject_id  uuid,
    action      varchar(40) NOT NULL,
    resource    varchar(40) NOT NULL,
    purpose     varchar(100) NOT NULL
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_id, id);

-- R20: every disclosure of a subject's data to a recipient or processor
CREATE TABLE disclosure (
    id              uuid PRIMARY KEY,
    subject_id      uuid NOT NULL,
    recipient       varchar(200) NOT NULL,
    data_categories varchar(500) NOT NULL,
    purpose         varchar(200) NOT NULL,
    disclosed_at    timestamptz NOT NULL,
    disclosed_by    varchar(100) NOT NULL
);
CREATE INDEX disclosure_subject_idx ON disclosure (subject_id, disclosed_at);

-- transactional outbox: written in the business transaction, relayed to Kafka by the service
CREATE TABLE outbox_event (
    id             bigserial PRIMARY KEY,
    event_id       uuid NOT NULL UNIQUE,
    aggregate_type varchar(40) NOT NULL,
    aggregate_id   uuid NOT NULL,
    subject_id     uuid,
    event_type     varchar(60) NOT NULL,
    occurred_at    timestamptz NOT NULL,
    payload        text NOT NULL
);

-- idempotency of the rights service's commands: the request id is the key
CREATE TABLE rights_command (
    request_id  varchar(100) NOT NULL,
    command     varchar(30) NOT NULL,
    subject_id  uuid,
    result      text NOT NULL,
    executed_at timestamptz NOT NULL,
    PRIMARY KEY (request_id, command)
);

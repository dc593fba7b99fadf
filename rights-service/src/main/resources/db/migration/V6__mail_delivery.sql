-- Issue 22: letters and one-time identity codes sent by email through an SMTP relay.

-- Each letter's delivery as the DPO and the requester see it: QUEUED, SENT or FAILED (with the
-- relay's answer); null while the letter has not been sent by email.
ALTER TABLE letter ADD COLUMN delivery_state  varchar(10) CHECK (delivery_state IN ('QUEUED', 'SENT', 'FAILED'));
ALTER TABLE letter ADD COLUMN delivery_at     timestamptz;
ALTER TABLE letter ADD COLUMN delivery_answer varchar(500);

-- The queue's warning: when a message of the request could not be delivered (cleared when sent).
ALTER TABLE data_subject_request ADD COLUMN delivery_failed_at timestamptz;

-- The outbox of messages: the sender job (one instance at a time) sends what is due, retries with
-- backoff and always under the same Message-ID, so a retry after a lost answer is one message to the
-- receiving servers. The address is kept only while the message may still be sent; the body of a
-- letter's message carries no personal data beyond the addressee's name, a code's message its code
-- (cleared with the address).
CREATE TABLE mail_message (
    id              uuid PRIMARY KEY,
    request_id      uuid         NOT NULL REFERENCES data_subject_request (id) ON DELETE CASCADE,
    letter_id       uuid         REFERENCES letter (id) ON DELETE CASCADE,
    kind            varchar(20)  NOT NULL CHECK (kind IN ('LETTER', 'IDENTITY_CODE')),
    message_id      varchar(200) NOT NULL UNIQUE,
    recipient       varchar(320),
    subject         varchar(300) NOT NULL,
    body            text,
    attach_pdf      boolean      NOT NULL DEFAULT false,
    state           varchar(10)  NOT NULL CHECK (state IN ('QUEUED', 'SENT', 'FAILED')),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    answer          varchar(500),
    queued_at       timestamptz  NOT NULL,
    sent_at         timestamptz,
    expires_at      timestamptz
);
-- a letter is sent once (a second send answers 409)
CREATE UNIQUE INDEX mail_message_letter_once ON mail_message (letter_id) WHERE letter_id IS NOT NULL;
CREATE INDEX mail_message_due_idx ON mail_message (next_attempt_at) WHERE next_attempt_at IS NOT NULL;

-- One-time identity codes (GDPR Art. 12(6)): only a keyed hash (HMAC) of the code, its expiry and
-- the tries left; one live code per request.
CREATE TABLE identity_code (
    request_id  uuid        PRIMARY KEY REFERENCES data_subject_request (id) ON DELETE CASCADE,
    code_hash   varchar(64) NOT NULL,
    expires_at  timestamptz NOT NULL,
    failures    integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL
);

-- What the rate limits count: each code sent, by request and by a keyed hash of the address.
CREATE TABLE identity_code_send (
    id           uuid PRIMARY KEY,
    request_id   uuid        NOT NULL REFERENCES data_subject_request (id) ON DELETE CASCADE,
    address_hash varchar(64) NOT NULL,
    sent_at      timestamptz NOT NULL
);
CREATE INDEX identity_code_send_address_idx ON identity_code_send (address_hash, sent_at);
CREATE INDEX identity_code_send_request_idx ON identity_code_send (request_id, sent_at);

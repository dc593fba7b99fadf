-- Issue 22: a significant change of the privacy notice may be announced by email (seed 001,
-- "muulla tavoin, kuten sähköpostitse"). A version marked significant is announced to every eligible
-- contact, in batches by announcement/NoticeAnnouncementJob under a cluster lock.
ALTER TABLE controller_profile_version ADD COLUMN significant boolean NOT NULL DEFAULT false;

-- one row per announced version; cursor: the last contact id queued, so that queuing resumes after a
-- restart where it stopped; queued_all_at: every eligible contact has its row
CREATE TABLE notice_announcement (
    version       integer PRIMARY KEY REFERENCES controller_profile_version (number),
    started_at    timestamptz NOT NULL,
    cursor_id     uuid,
    queued_all_at timestamptz
);

-- one row per (version, contact): a contact is announced to at most once per version. No address
-- and no name here: both are read from the contact when the message is sent. The Message-ID is fixed
-- when queued, so a retry is the same message to the receiving servers.
CREATE TABLE notice_announcement_message (
    version         integer NOT NULL REFERENCES notice_announcement (version),
    contact_id      uuid NOT NULL,
    message_id      varchar(200) NOT NULL UNIQUE,
    state           varchar(10) NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    answer          varchar(500),
    queued_at       timestamptz NOT NULL,
    sent_at         timestamptz,
    PRIMARY KEY (version, contact_id),
    CONSTRAINT notice_announcement_message_state_check CHECK (
        state IN ('QUEUED', 'SENT', 'FAILED', 'SKIPPED'))
);
CREATE INDEX notice_announcement_message_due_idx
    ON notice_announcement_message (next_attempt_at) WHERE next_attempt_at IS NOT NULL;

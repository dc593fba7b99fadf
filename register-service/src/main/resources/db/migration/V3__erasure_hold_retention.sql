-- R16: what a partial erasure kept of one subject, why, and until when. One row per kept category;
-- the retention job (subjectrights/RetentionJob) erases each part when its hold ends and deletes the
-- row. until_date null: open-ended, while the condition lasts (an open claim, an acting contact
-- person without a known relationship end).
CREATE TABLE erasure_hold (
    subject_id  uuid NOT NULL REFERENCES contact (id),
    category    varchar(40) NOT NULL,
    ground      varchar(40) NOT NULL,
    legal_basis varchar(40) NOT NULL,
    until_date  date,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (subject_id, category),
    CONSTRAINT erasure_hold_category_check CHECK (
        category IN ('OPEN_INVOICES', 'ACCOUNTING_VOUCHERS', 'CONTACT_PERSON_ROLE'))
);

-- R10: one row per retention run, counts only (no ids, no personal data), for the DPO.
CREATE TABLE retention_run (
    id          uuid PRIMARY KEY,
    run_date    date NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    counts      jsonb NOT NULL
);
CREATE INDEX retention_run_date_idx ON retention_run (run_date DESC, started_at DESC);

-- the retention queries
CREATE INDEX contact_relationship_end_idx ON contact (relationship_end) WHERE erased_at IS NULL;
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);
CREATE INDEX disclosure_disclosed_idx ON disclosure (disclosed_at);
CREATE INDEX suppression_created_idx ON suppression (created_at);

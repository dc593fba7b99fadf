-- Audit entries of changes wait here until they join the chain (issue #11, 3). A change's entry is
-- inserted into this table in the change's own transaction, so it commits or rolls back with the
-- change, without locking the chain's head row through the change's durable commit (that lock made
-- every audited write of the register commit after the one before it). Right after the commit the
-- audit writer (AuditWriter, as the audit owner) moves the committed entries of many changes into
-- audit_entry in one transaction: it takes the chain's head row, links them in order and deletes
-- them here. The change's request answers after that; entries left by a crash in between are
-- linked by the writer's sweep within seconds.
CREATE TABLE audit_pending (
    seq         bigserial    PRIMARY KEY,
    recorded_at timestamptz  NOT NULL,
    actor       varchar(100) NOT NULL,
    role        varchar(40),
    subject_id  uuid,
    action      varchar(40)  NOT NULL,
    resource    varchar(40)  NOT NULL,
    purpose     varchar(100) NOT NULL
);

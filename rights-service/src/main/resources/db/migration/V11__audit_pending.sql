-- Audit entries of changes wait here until they join the chain (issue 20, 4; the register's V13).
-- Until now every entry was appended in the caller's own transaction through audit_append (V7),
-- which locked the chain's head row until that transaction ended, so the rights service's audited
-- writes and reads committed one after the other. Now a change's entry is inserted into this table
-- in the change's own transaction, so it commits or rolls back with the change and takes no lock;
-- right after the commit the audit writer (AuditWriter, as the audit owner rights_audit) moves the
-- committed entries of many changes, and the reads waiting at that moment, into audit_entry in one
-- transaction: it takes the chain's head row, links them in order and deletes them here. The
-- request answers after that; entries left by a crash in between are linked by the writer's sweep
-- within seconds. At startup the audit owner takes this table over and leaves the service's user
-- only SELECT and INSERT here (AuditTableOwner), and drops audit_append (AuditWriter): the
-- service's user stages, only the owner writes the chain.
CREATE TABLE audit_pending (
    seq         bigserial    PRIMARY KEY,
    recorded_at timestamptz  NOT NULL,
    actor       varchar(200) NOT NULL,
    role        varchar(40),
    subject_id  uuid,
    action      varchar(40)  NOT NULL,
    resource    varchar(100) NOT NULL,
    purpose     varchar(100) NOT NULL
);

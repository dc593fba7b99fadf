-- Issue #18: restriction causes are a set. Each request or objection that restricts a contact holds
-- its own cause, and an erasure hold its own; the contact stays restricted until the last one is
-- lifted (Art. 18). Lifting request A no longer lifts what objection B still holds.
--   request_id  the data-subject request (or objection) that caused it; empty for an erasure hold,
--               which no request lifts (it ends with the hold)
--   kind        REQUESTED, CONTESTED_ACCURACY, OBJECTION or ERASURE_HOLD
--   reason      the cause's own words (no personal data: the rights service sends codes and ids)
--   ends_on     the day an Art. 18(3) notice told the person the restriction ends; empty until a
--               lift is scheduled
CREATE TABLE contact_restriction_cause (
    contact_id  uuid NOT NULL REFERENCES contact (id),
    request_id  varchar(100),
    kind        varchar(30) NOT NULL,
    reason      varchar(500),
    since       timestamptz NOT NULL,
    ends_on     date,
    CONSTRAINT contact_restriction_cause_kind_check CHECK (
        kind IN ('REQUESTED', 'CONTESTED_ACCURACY', 'OBJECTION', 'ERASURE_HOLD')),
    CONSTRAINT contact_restriction_cause_request_check CHECK (
        (kind = 'ERASURE_HOLD') = (request_id IS NULL))
);
CREATE UNIQUE INDEX contact_restriction_cause_request_idx
    ON contact_restriction_cause (contact_id, request_id) WHERE request_id IS NOT NULL;
CREATE UNIQUE INDEX contact_restriction_cause_hold_idx
    ON contact_restriction_cause (contact_id) WHERE kind = 'ERASURE_HOLD';

-- every single-slot restriction becomes one cause, so that none is lost; the request that caused it
-- is the latest restrict (or 21(1) objection) command the register logged for the contact
INSERT INTO contact_restriction_cause (contact_id, request_id, kind, reason, since)
SELECT c.id,
       CASE WHEN c.restriction_cause = 'ERASURE_HOLD' THEN NULL
            ELSE coalesce(
                (SELECT rc.request_id FROM rights_command rc
                  WHERE rc.subject_id = c.id
                    AND ((c.restriction_cause IN ('REQUESTED', 'CONTESTED_ACCURACY')
                          AND rc.command = 'RESTRICT')
                      OR (c.restriction_cause = 'OBJECTION' AND rc.command = 'OBJECTION'))
                  ORDER BY rc.executed_at DESC LIMIT 1),
                'migrated:' || c.id)
       END,
       c.restriction_cause,
       c.restriction_reason,
       coalesce(c.restricted_at, c.updated_at, c.created_at)
  FROM contact c
 WHERE c.restricted;

-- the aggregate stays on the contact for the queries that leave restricted contacts out; why and
-- since when are the causes'
ALTER TABLE contact DROP CONSTRAINT contact_restriction_has_cause_check;
ALTER TABLE contact DROP CONSTRAINT contact_restriction_cause_check;
ALTER TABLE contact DROP COLUMN restriction_cause;
ALTER TABLE contact DROP COLUMN restriction_reason;

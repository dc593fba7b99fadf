-- Why a contact is restricted (GDPR Art. 18), so that the register knows which restrictions the
-- data subject's request can lift and which last as long as an erasure hold does (R16, R17).
--   REQUESTED           the data subject asked for it (Art. 18(1))
--   CONTESTED_ACCURACY  while the accuracy is being verified (Art. 18(1)(a))
--   OBJECTION           while an objection on grounds of a particular situation is weighed
--                       (Art. 18(1)(d), Art. 21(1))
--   ERASURE_HOLD        what an erasure had to keep (accounting vouchers, open claims): stored only
ALTER TABLE contact ADD COLUMN restriction_cause varchar(30);

UPDATE contact SET restriction_cause = CASE
    WHEN restriction_reason LIKE 'Kept only for accounting law%' THEN 'ERASURE_HOLD'
    WHEN restriction_reason LIKE 'Objection on grounds of a particular situation%' THEN 'OBJECTION'
    WHEN erased_at IS NOT NULL THEN 'ERASURE_HOLD'
    ELSE 'REQUESTED'
  END
  WHERE restricted;

ALTER TABLE contact ADD CONSTRAINT contact_restriction_cause_check CHECK (
    restriction_cause IN ('REQUESTED', 'CONTESTED_ACCURACY', 'OBJECTION', 'ERASURE_HOLD'));
ALTER TABLE contact ADD CONSTRAINT contact_restriction_has_cause_check CHECK (
    NOT restricted OR restriction_cause IS NOT NULL);
CREATE INDEX contact_restricted_idx ON contact (restricted) WHERE restricted;

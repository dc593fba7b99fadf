-- Issue #18: a partial erasure reduces the contact to what a hold keeps (accounting vouchers, an open
-- claim, an acting contact person's role) and leaves erased_at empty, since the rest stays in use.
-- The retention rules picked such a record again every night, erased it again and published a new
-- ContactErased each time. The mark says the record was reduced: the rules leave it alone, and the
-- holds (erasure_hold) finish it as they end.
ALTER TABLE contact ADD COLUMN partially_erased_at timestamptz;

-- records reduced before the mark existed are those with a hold and no erased_at
UPDATE contact c
   SET partially_erased_at = (SELECT min(h.created_at) FROM erasure_hold h WHERE h.subject_id = c.id)
 WHERE c.erased_at IS NULL
   AND EXISTS (SELECT 1 FROM erasure_hold h WHERE h.subject_id = c.id);

-- Issue #11: an organisation's contacts are listed a page at a time in id order
-- (GET /api/v1/contacts?organisationId=..., keyset on id). With an index on organisation_id alone
-- PostgreSQL read every contact of the organisation and sorted them for each page, so the page
-- grew with the organisation; in (organisation_id, id) order it reads one page and stops. The
-- new index serves the foreign key's lookups as the old one did.
CREATE INDEX contact_organisation_order_idx ON contact (organisation_id, id);
DROP INDEX contact_organisation_idx;

-- Issue #11: a list export reads the contacts in chunks in list order (last name, first name, id,
-- missing names last); listexport/ListExportService's keyset query compares these very
-- expressions, so each chunk starts from this index instead of sorting the whole table.
CREATE INDEX contact_list_order_idx ON contact
    ((last_name IS NULL), (coalesce(last_name, '')), (first_name IS NULL), (coalesce(first_name, '')), id)
    WHERE erased_at IS NULL;

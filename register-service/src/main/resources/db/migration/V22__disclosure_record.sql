-- Issue 18 item 7: a disclosure ledger row names the record it disclosed, so that the retention job
-- keeps the row as long as the vouchers it describes are kept (Kirjanpitolaki 2:10: six years from
-- the end of the year in which the financial period ended), not only disclosureYears: the accounting
-- firm still holds the invoice, and the access copy and the Art. 19 recipients must still name it.
--   record_type: what the controller profile's Party.receives names (INVOICES,
--                INVOICES_IN_COLLECTION); null for lists and announcements
--   record_id:   the record (the invoice); null in rows written before this migration, which then
--                describe the subject's invoices
ALTER TABLE disclosure ADD COLUMN record_type varchar(40);
ALTER TABLE disclosure ADD COLUMN record_id uuid;

-- rows written before: InvoiceService disclosed invoices with these purposes only
UPDATE disclosure SET record_type = 'INVOICES' WHERE purpose = 'invoicing';
UPDATE disclosure SET record_type = 'INVOICES_IN_COLLECTION' WHERE purpose = 'debt collection';

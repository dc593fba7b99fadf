-- R20: a disclosure goes to a recipient (a list's named receiver, the debt collector) or to one of
-- the controller's processors; marketing marks the rows of a marketing list, whose processors are
-- told of an objection to direct marketing.
ALTER TABLE disclosure ADD COLUMN recipient_kind varchar(20) NOT NULL DEFAULT 'RECIPIENT';
ALTER TABLE disclosure ADD COLUMN marketing boolean NOT NULL DEFAULT false;
ALTER TABLE disclosure ADD CONSTRAINT disclosure_recipient_kind_check
    CHECK (recipient_kind IN ('RECIPIENT', 'PROCESSOR'));
UPDATE disclosure SET marketing = true
 WHERE purpose IN ('list export: MAILING_LABELS', 'list export: EMAIL_MARKETING',
                   'list export: PHONE_MARKETING');

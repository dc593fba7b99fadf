-- Issue 18, 9: the notes the service writes on a request's timeline are stored as a code with its
-- parameters (TimelineNote JSON: {"code": "...", "params": {...}}) and worded per language when
-- read (messages/timeline_*.properties), so the Finnish dashboard shows Finnish without codes or
-- ISO dates. What a person typed (the DPO's reasons, a mail relay's answer) stays free text in
-- reason and detail. Existing rows are converted where their English text is recognised; any
-- other text stays as it was written.

ALTER TABLE request_event ADD COLUMN reason_note text;
ALTER TABLE request_event ADD COLUMN detail_note text;

CREATE FUNCTION pg_temp.note(code text, params jsonb DEFAULT '{}'::jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN params = '{}'::jsonb THEN jsonb_build_object('code', code)
                ELSE jsonb_build_object('code', code, 'params', params) END::text
$$;

-- reasons: the fixed sentences the service wrote
UPDATE request_event SET reason_note = pg_temp.note(c.code), reason = NULL
FROM (VALUES
    ('REPEAT_ACCESS', 'A further access request by the same subject within 12 months (GDPR Art. 12(5)); flagged for the DPO, never billed automatically.'),
    ('REPEAT_REQUEST', 'A further request of the same type by the same subject within 12 months (GDPR Art. 12(5)); flagged for the DPO, who may refuse it as excessive with reasons.'),
    ('SELECTED_AUTOMATICALLY', 'the only match, selected automatically'),
    ('NAME_ONLY_MATCH', 'the only match shares the name only; the DPO confirms it is the requester'),
    ('RETRIED', 'retried automatically'),
    ('REGISTER_DOWN', 'The register could not be reached; retried automatically.'),
    ('ART_21_3', 'GDPR Art. 21(3): an objection to direct marketing takes effect on receipt'),
    ('ART_19', 'GDPR Art. 19: every recipient and processor is told'),
    ('AWAITS_EVENT', 'completed when the register''s ContactErased event has been received'),
    ('EVENT_RECEIVED', 'ContactErased event received from the register'),
    ('ART_18_3', 'the subject is told before the restriction is lifted (GDPR Art. 18(3))'),
    ('CHOSEN_AMONG', 'chosen by the DPO among the matches'),
    ('ONE_TIME_CODE', 'the requester entered the one-time code sent to the email the register holds (GDPR Art. 12(6))'),
    ('COPY_ERASED', 'The register erased the person''s data'),
    ('COPY_RETENTION_ENDED', 'The retention period of delivered copies ended')
) AS c (code, text)
WHERE request_event.reason = c.text;

UPDATE request_event
SET reason_note = pg_temp.note('CHOSEN_WITHOUT',
        jsonb_build_object('text', substring(reason FROM '^chosen by the DPO without a search match: (.*)$'))),
    reason = NULL
WHERE reason LIKE 'chosen by the DPO without a search match: %';

-- details: the sentences and codes the service wrote
UPDATE request_event
SET detail_note = pg_temp.note('RECEIVED', jsonb_build_object(
        'type', m[1], 'channel', m[2], 'origin', m[3], 'receivedOn', m[4])),
    detail = NULL
FROM (SELECT id, regexp_match(detail,
        '^(ACCESS|RECTIFICATION|ERASURE|RESTRICTION|PORTABILITY|OBJECTION) request by (LETTER|EMAIL|PHONE|VISIT|WEB) \((DPO|SELF_SERVICE)\), received on (\d{4}-\d{2}-\d{2})$') AS m
      FROM request_event WHERE action = 'RECEIVED') AS r
WHERE request_event.id = r.id AND r.m IS NOT NULL;

UPDATE request_event SET detail_note = pg_temp.note('IDENTITY_METHOD', jsonb_build_object('method', detail)), detail = NULL
WHERE action = 'IDENTITY_VERIFIED' AND detail IN ('REGISTER_MATCH', 'TOKEN_EMAIL', 'DPO_CHECK', 'ONE_TIME_CODE');

UPDATE request_event SET detail_note = pg_temp.note('MATCHES', jsonb_build_object('count', substring(detail FROM '^(\d+) '))), detail = NULL
WHERE detail ~ '^\d+ matching subject\(s\) in the register$';

UPDATE request_event
SET detail_note = pg_temp.note('DUE_DATE_MOVED', jsonb_build_object(
        'from', substring(detail FROM '^dueDate (\d{4}-\d{2}-\d{2}) -> '),
        'to', substring(detail FROM ' -> (\d{4}-\d{2}-\d{2})$'))),
    detail = NULL
WHERE detail ~ '^dueDate \d{4}-\d{2}-\d{2} -> \d{4}-\d{2}-\d{2}$';

UPDATE request_event SET detail_note = pg_temp.note('REFUSAL_GROUND', jsonb_build_object('ground', detail)), detail = NULL
WHERE action = 'REFUSED' AND detail IN ('MANIFESTLY_UNFOUNDED', 'EXCESSIVE');

UPDATE request_event SET detail_note = pg_temp.note('NO_DATA_HELD'), detail = NULL
WHERE detail = 'no data held';

UPDATE request_event SET detail_note = pg_temp.note('PENDING_ACTION', jsonb_build_object('action', detail)), detail = NULL
WHERE action = 'REGISTER_UNAVAILABLE' AND detail IN ('MATCH', 'EXECUTE', 'LIFT_RESTRICTION');

UPDATE request_event SET detail_note = pg_temp.note('SUPPRESS_MARKETING'), detail = NULL
WHERE action = 'REGISTER_UNAVAILABLE' AND detail = 'SUPPRESS_MARKETING';

UPDATE request_event
SET detail_note = pg_temp.note('REGISTER_ANSWER', jsonb_build_object(
        'operation', substring(detail FROM '^(\S+) answered'),
        'status', substring(detail FROM '(\d+)$'))),
    detail = NULL
WHERE action = 'REGISTER_REFUSED' AND detail ~ '^\S+ answered with status \d+$';

UPDATE request_event
SET detail_note = pg_temp.note('ERASURE_COUNTS', jsonb_build_object(
        'erased', substring(detail FROM '^(\d+) categories'),
        'kept', substring(detail FROM ', (\d+) kept$'))),
    detail = NULL
WHERE detail ~ '^\d+ categories erased, \d+ kept$';

UPDATE request_event SET detail_note = pg_temp.note(c.code), detail = NULL
FROM (VALUES
    ('RESTRICTED_IN_REGISTER', 'processing restricted in the register'),
    ('ACCESS_COPY', 'copy of the register''s and this service''s data'),
    ('ACCESS_COPY_FALLBACK', 'copy of the register''s and this service''s data; controller facts from the fallback text'),
    ('RECTIFIED_NONE', 'changed fields: none'),
    ('PORTABILITY_COPY', 'the data the subject provided, as JSON and CSV'),
    ('MAIL_CODE', 'identity code'),
    ('MAIL_CODE_NOT_RETRIED', 'identity code; not retried'),
    ('MARKETING_NO_EMAIL', 'no email address given')
) AS c (code, text)
WHERE request_event.detail = c.text;

UPDATE request_event
SET detail_note = pg_temp.note('RECTIFIED_FIELDS', jsonb_build_object(
        'fields', replace(substring(detail FROM '^changed fields: (.+)$'), ', ', ','))),
    detail = NULL
WHERE detail ~ '^changed fields: [A-Za-z]+(, [A-Za-z]+)*$';

UPDATE request_event SET detail_note = pg_temp.note('OBJECTION_RECORDED', jsonb_build_object('kind', substring(detail FROM ': (\S+)$'))), detail = NULL
WHERE detail IN ('objection recorded: DIRECT_MARKETING', 'objection recorded: PARTICULAR_SITUATION');

UPDATE request_event SET detail_note = pg_temp.note('TASKS', jsonb_build_object('count', substring(detail FROM '^(\d+) '))), detail = NULL
WHERE detail ~ '^\d+ notification task\(s\)$';

UPDATE request_event SET detail_note = pg_temp.note('PACKAGE_FORMAT', jsonb_build_object('format', detail)), detail = NULL
WHERE action = 'PACKAGE_READ' AND detail IN ('JSON', 'HTML', 'TEXT', 'CSV', 'PDF');

UPDATE request_event SET detail_note = pg_temp.note('MAIL_LETTER', jsonb_build_object('kind', substring(detail FROM '^letter ([A-Z_]+)$'))), detail = NULL
WHERE detail ~ '^letter [A-Z_]+$';

UPDATE request_event SET detail_note = pg_temp.note('MAIL_LETTER_NOT_RETRIED', jsonb_build_object('kind', substring(detail FROM '^letter ([A-Z_]+);'))), detail = NULL
WHERE detail ~ '^letter [A-Z_]+; not retried$';

UPDATE request_event
SET detail_note = pg_temp.note('MAIL_LETTER', jsonb_build_object(
        'kind', substring(detail FROM '^letter ([A-Z_]+);'),
        'retryAt', substring(detail FROM 'retried at (\S+)$'))),
    detail = NULL
WHERE detail ~ '^letter [A-Z_]+; retried at \S+$';

UPDATE request_event SET detail_note = pg_temp.note('MAIL_CODE', jsonb_build_object('retryAt', substring(detail FROM 'retried at (\S+)$'))), detail = NULL
WHERE detail ~ '^identity code; retried at \S+$';

UPDATE request_event SET detail_note = pg_temp.note('MARKETING_CONTACTS', jsonb_build_object('count', substring(detail FROM '^(\d+) '))), detail = NULL
WHERE detail ~ '^\d+ contact\(s\) with the requester''s email$';

UPDATE request_event SET detail_note = pg_temp.note('MARKETING_REFUSED', jsonb_build_object('status', substring(detail FROM '(\d+)$'))), detail = NULL
WHERE detail ~ '^the register refused with status \d+$';

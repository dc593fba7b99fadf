package fi.rekisteri.platform.audit;

import java.util.UUID;

/**
 * What an audit entry says, before the chain gives it its id, time and hashes: ids and codes only.
 * A read's record goes straight to the group commit ({@link AuditWriter#append}); a change's is
 * staged with the change ({@link AuditStaging#stage}).
 */
public record AuditRecord(
    String actor, String role, UUID subjectId, String action, String resource, String purpose) {}

package fi.rekisteri.platform.audit;

/**
 * The answer of a walk along the audit chain: whether every entry holds the hash of the one before
 * it and its own fields' hash, how many entries were walked, and the first that did not.
 */
public record AuditVerification(boolean valid, long entries, Long firstBrokenId) {}

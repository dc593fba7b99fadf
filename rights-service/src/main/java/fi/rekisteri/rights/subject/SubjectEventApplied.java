package fi.rekisteri.rights.subject;

import java.util.UUID;

/** Fired inside the consumer's transaction when a register event about a subject was applied. */
public record SubjectEventApplied(UUID subjectId, String eventType) {}

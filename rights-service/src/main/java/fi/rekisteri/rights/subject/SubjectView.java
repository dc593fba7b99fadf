package fi.rekisteri.rights.subject;

import java.time.Instant;
import java.util.UUID;

public record SubjectView(
    UUID subjectId,
    Instant firstSeenAt,
    String lastEventType,
    Instant lastEventAt,
    boolean restricted,
    boolean objected,
    Instant erasedAt) {}

package fi.rekisteri.rights.subject;

import java.time.Instant;
import java.util.UUID;

public record SubjectEventView(
    UUID eventId,
    String eventType,
    String aggregateType,
    UUID aggregateId,
    Instant occurredAt,
    Instant receivedAt) {}

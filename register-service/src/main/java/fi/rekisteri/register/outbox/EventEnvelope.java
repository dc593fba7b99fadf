package fi.rekisteri.register.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * The one envelope of every register event (contract: contracts/register-event.schema.json). The
 * body is the typed event itself: ids, field names and codes only, never personal data, so Kafka
 * holds nothing that would outlive an erasure.
 */
public record EventEnvelope(
    UUID eventId,
    String eventType,
    String aggregateType,
    UUID aggregateId,
    UUID subjectId,
    Instant occurredAt,
    int schemaVersion,
    DomainEvent body) {

  public static final int SCHEMA_VERSION = 1;

  public static EventEnvelope of(UUID aggregateId, UUID subjectId, DomainEvent event) {
    return new EventEnvelope(
        UUID.randomUUID(),
        event.eventType(),
        event.aggregateType(),
        aggregateId,
        subjectId,
        Instant.now(),
        SCHEMA_VERSION,
        event);
  }
}

package fi.rekisteri.register.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The one envelope of every register event (contract: contracts/register-event.schema.json). The
 * body carries ids, field names and codes only, never personal data, so Kafka holds nothing that
 * would outlive an erasure.
 */
public record EventEnvelope(
    UUID eventId,
    String eventType,
    String aggregateType,
    UUID aggregateId,
    UUID subjectId,
    Instant occurredAt,
    int schemaVersion,
    Map<String, Object> body) {

  public static final int SCHEMA_VERSION = 1;
}

package fi.rekisteri.rights.subject;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The register's event envelope as this consumer reads it, once the record has satisfied the
 * contract (contracts/register-event.schema.json, a copy of the register's). The contract allows no
 * unknown fields: a producer that adds one changes the contract in both services together.
 */
public record RegisterEvent(
    UUID eventId,
    String eventType,
    String aggregateType,
    UUID aggregateId,
    UUID subjectId,
    Instant occurredAt,
    int schemaVersion,
    JsonNode body) {}

package fi.rekisteri.rights.subject;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The register's event envelope as this consumer reads it (producer's contract: register-service
 * contracts/register-event.schema.json). Unknown envelope fields are tolerated so that the producer
 * may add some without breaking this consumer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisterEvent(
    UUID eventId,
    String eventType,
    String aggregateType,
    UUID aggregateId,
    UUID subjectId,
    Instant occurredAt,
    int schemaVersion,
    JsonNode body) {

  public static final int SUPPORTED_SCHEMA_VERSION = 1;

  public boolean isValid() {
    return eventId != null
        && eventType != null
        && aggregateType != null
        && aggregateId != null
        && occurredAt != null
        && schemaVersion == SUPPORTED_SCHEMA_VERSION;
  }
}

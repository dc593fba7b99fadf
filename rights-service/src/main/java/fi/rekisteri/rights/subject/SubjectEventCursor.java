package fi.rekisteri.rights.subject;

import fi.rekisteri.rights.common.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position in a subject's events, which are listed oldest first: by occurredAt, then event
 * id (the same shape as request/RequestCursor of the DPO list).
 */
record SubjectEventCursor(Instant occurredAt, UUID eventId) {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((occurredAt + "|" + eventId).getBytes(StandardCharsets.UTF_8));
  }

  static SubjectEventCursor decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      if (parts.length != 2) {
        throw new IllegalArgumentException("two parts expected");
      }
      return new SubjectEventCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
    } catch (RuntimeException e) {
      throw DomainException.invalidField("cursor", "not a cursor returned by this API");
    }
  }

  static int limit(String requested) {
    if (requested == null || requested.isBlank()) {
      return DEFAULT_LIMIT;
    }
    int value;
    try {
      value = Integer.parseInt(requested.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalidField("limit", "must be a whole number");
    }
    if (value < 1 || value > MAX_LIMIT) {
      throw DomainException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return value;
  }
}

package fi.rekisteri.rights.request;

import fi.rekisteri.rights.common.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position in the DPO list, which is ordered most urgent first: by due date, then id. The
 * pair is unique, so the order is stable and no row is skipped or repeated between pages.
 */
record RequestCursor(LocalDate dueDate, UUID id) {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((dueDate + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  static RequestCursor decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      if (parts.length != 2) {
        throw new IllegalArgumentException("two parts expected");
      }
      return new RequestCursor(LocalDate.parse(parts[0]), UUID.fromString(parts[1]));
    } catch (RuntimeException e) {
      throw DomainException.invalidField("cursor", "not a cursor returned by this API");
    }
  }

  static int limit(Integer requested) {
    if (requested == null) {
      return DEFAULT_LIMIT;
    }
    if (requested < 1 || requested > MAX_LIMIT) {
      throw DomainException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return requested;
  }
}

package fi.rekisteri.register.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** An opaque keyset cursor: the id of the last item on the previous page. */
public final class Cursor {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  private Cursor() {}

  public static String encode(UUID lastId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(lastId.toString().getBytes(StandardCharsets.UTF_8));
  }

  public static UUID decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("cursor", "not a cursor returned by this API");
    }
  }

  public static int limit(Integer requested) {
    if (requested == null) {
      return DEFAULT_LIMIT;
    }
    if (requested < 1 || requested > MAX_LIMIT) {
      throw DomainException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return requested;
  }
}

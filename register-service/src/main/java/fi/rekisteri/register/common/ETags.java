package fi.rekisteri.register.common;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic concurrency over HTTP: the entity version is the ETag, If-Match is required. */
public final class ETags {

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** Parses an If-Match header value; a missing header is refused with 428. */
  public static long requireVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw DomainException.versionRequired();
    }
    String value = ifMatch.trim();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw DomainException.staleVersion();
    }
  }
}

package fi.rekisteri.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash of an audit entry: SHA-256 over the previous entry's hash, '|', and the canonical fields
 * (id, time in UTC to the microsecond, actor, role, subject id, action, resource, purpose), each
 * written as its UTF-8 length, ':' and the value, or '~' when null, joined by '|'. The SQL function
 * {@code audit_entry_hash} of migration V7 computes the same.
 */
public final class AuditChain {

  /** The previous hash of the first entry ever written. */
  public static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private AuditChain() {}

  public static String hash(
      String previous,
      long id,
      Instant occurredAt,
      String actor,
      String role,
      UUID subjectId,
      String action,
      String resource,
      String purpose) {
    StringBuilder text = new StringBuilder(previous);
    for (String field :
        new String[] {
          Long.toString(id),
          TIME.format(occurredAt),
          actor,
          role,
          subjectId == null ? null : subjectId.toString(),
          action,
          resource,
          purpose
        }) {
      text.append('|');
      if (field == null) {
        text.append('~');
      } else {
        text.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
      }
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}

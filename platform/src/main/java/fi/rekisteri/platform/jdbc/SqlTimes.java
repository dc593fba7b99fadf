package fi.rekisteri.platform.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A {@code timestamptz} column read by a native query, whichever type the driver gave it. */
public final class SqlTimes {

  private SqlTimes() {}

  /** The value as an instant; null for SQL null. */
  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("unexpected time type " + value.getClass().getName());
  }
}

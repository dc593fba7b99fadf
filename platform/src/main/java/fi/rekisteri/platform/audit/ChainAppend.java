package fi.rekisteri.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends entries to the chain ({@code audit_entry}, its head {@code audit_chain}) on a connection,
 * in its open transaction: the head row locked (held until that transaction ends, so appends have
 * one order), the ids and the time drawn under the lock (the time by the service's {@link
 * ChainClock}), the links computed in list order, one batch insert, the head moved. Used only by
 * the group commit ({@link AuditWriter}), on the audit owner's connection.
 */
final class ChainAppend {

  private static final String INSERT =
      "INSERT INTO audit_entry (id, occurred_at, actor, role, subject_id, action, resource,"
          + " purpose, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private ChainAppend() {}

  /**
   * Locks the chain's head row until the connection's transaction ends; returns the last hash.
   * Whoever reads what to append after this sees every other appender's work committed.
   */
  static String lockHead(Connection connection) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT last_hash FROM audit_chain WHERE id = 1 FOR UPDATE");
        ResultSet head = statement.executeQuery()) {
      head.next();
      return head.getString(1);
    }
  }

  static void append(Connection connection, List<AuditRecord> entries, ChainClock clock)
      throws SQLException {
    if (entries.isEmpty()) {
      return;
    }
    String previous = lockHead(connection);
    List<Long> ids = new ArrayList<>(entries.size());
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT nextval('audit_entry_id_seq') FROM generate_series(1, ?) ORDER BY 1")) {
      statement.setInt(1, entries.size());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    Instant at =
        switch (clock) {
          case SERVICE -> Instant.now().truncatedTo(ChronoUnit.MICROS);
          case DATABASE -> databaseTime(connection);
        };
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (int i = 0; i < entries.size(); i++) {
        AuditRecord entry = entries.get(i);
        long id = ids.get(i);
        String hash =
            AuditChain.hash(
                previous,
                id,
                at,
                entry.actor(),
                entry.role(),
                entry.subjectId(),
                entry.action(),
                entry.resource(),
                entry.purpose());
        insert.setLong(1, id);
        insert.setObject(2, at.atOffset(ZoneOffset.UTC));
        insert.setString(3, entry.actor());
        insert.setString(4, entry.role());
        insert.setObject(5, entry.subjectId());
        insert.setString(6, entry.action());
        insert.setString(7, entry.resource());
        insert.setString(8, entry.purpose());
        insert.setString(9, previous);
        insert.setString(10, hash);
        insert.addBatch();
        previous = hash;
      }
      insert.executeBatch();
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE audit_chain SET last_id = ?, last_hash = ? WHERE id = 1")) {
      update.setLong(1, ids.get(ids.size() - 1));
      update.setString(2, previous);
      update.executeUpdate();
    }
  }

  /** The database's clock, to the microsecond, never before the head entry's time. */
  private static Instant databaseTime(Connection connection) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT date_trunc('microseconds', clock_timestamp()),"
                    + " (SELECT e.occurred_at FROM audit_entry e"
                    + "  WHERE e.id = (SELECT c.last_id FROM audit_chain c WHERE c.id = 1))");
        ResultSet row = statement.executeQuery()) {
      row.next();
      OffsetDateTime now = row.getObject(1, OffsetDateTime.class);
      OffsetDateTime last = row.getObject(2, OffsetDateTime.class);
      // should the database's clock step back
      if (last != null && last.isAfter(now)) {
        now = last;
      }
      return now.toInstant();
    }
  }
}

package fi.rekisteri.rights.audit;

import fi.rekisteri.platform.audit.AuditChain;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends entries to the chain on a connection, in its open transaction (the register's {@code
 * ChainAppend}): the head row locked (held until that transaction ends, so appends have one order),
 * the ids and the time drawn under the lock, the links computed in list order, one batch insert,
 * the head moved. The time is the database's clock under the lock, as {@code audit_append} (V7)
 * took it, so ids and times grow along the chain whichever instance appends. Used only by the group
 * commit ({@link AuditWriter}), on the audit owner's connection.
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

  static void append(Connection connection, List<AuditEntry> entries) throws SQLException {
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
    OffsetDateTime now;
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT date_trunc('microseconds', clock_timestamp()),"
                    + " (SELECT e.occurred_at FROM audit_entry e"
                    + "  WHERE e.id = (SELECT c.last_id FROM audit_chain c WHERE c.id = 1))");
        ResultSet row = statement.executeQuery()) {
      row.next();
      now = row.getObject(1, OffsetDateTime.class);
      OffsetDateTime last = row.getObject(2, OffsetDateTime.class);
      // never before the head's time, should the database's clock step back
      if (last != null && last.isAfter(now)) {
        now = last;
      }
    }
    Instant at = now.toInstant();
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (int i = 0; i < entries.size(); i++) {
        AuditEntry entry = entries.get(i);
        entry.prevHash = previous;
        entry.id = ids.get(i);
        entry.occurredAt = at;
        entry.hash =
            AuditChain.hash(
                entry.prevHash,
                entry.id,
                entry.occurredAt,
                entry.actor,
                entry.role,
                entry.subjectId,
                entry.action,
                entry.resource,
                entry.purpose);
        previous = entry.hash;
        insert.setLong(1, entry.id);
        insert.setObject(2, at.atOffset(ZoneOffset.UTC));
        insert.setString(3, entry.actor);
        insert.setString(4, entry.role);
        insert.setObject(5, entry.subjectId);
        insert.setString(6, entry.action);
        insert.setString(7, entry.resource);
        insert.setString(8, entry.purpose);
        insert.setString(9, entry.prevHash);
        insert.setString(10, entry.hash);
        insert.addBatch();
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
}

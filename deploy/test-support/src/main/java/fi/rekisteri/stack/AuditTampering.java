package fi.rekisteri.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a database administrator can do to a service's audit chain, for the tests that show {@code
 * GET /api/v1/audit/verify} reports it: as the superuser {@code postgres}, with triggers off. The
 * chain (every entry after the checkpoint, and the head row) is copied aside first and put back by
 * {@link #close}, so the tests after it find the chain as it was.
 */
public final class AuditTampering implements AutoCloseable {

  private final Connection connection;

  private AuditTampering(Connection connection) {
    this.connection = connection;
  }

  /** Copies the chain aside ({@code audit_tampering_entry}, {@code audit_tampering_chain}). */
  public static AuditTampering of(String jdbcUrl) {
    try {
      Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
      AuditTampering tampering = new AuditTampering(connection);
      tampering.execute("SET session_replication_role = replica");
      tampering.execute("DROP TABLE IF EXISTS audit_tampering_entry, audit_tampering_chain");
      tampering.execute("CREATE TABLE audit_tampering_chain AS SELECT * FROM audit_chain");
      tampering.execute(
          "CREATE TABLE audit_tampering_entry AS SELECT * FROM audit_entry"
              + " WHERE id > (SELECT anchor_id FROM audit_chain)");
      return tampering;
    } catch (SQLException e) {
      throw new IllegalStateException("the superuser cannot reach the audit chain", e);
    }
  }

  /** The head's position (the last entry's id). */
  public long lastId() {
    return number("SELECT last_id FROM audit_chain");
  }

  /**
   * The retention checkpoint moved to the head: the verification the issue found checks nothing.
   */
  public void moveAnchorToHead() {
    execute("UPDATE audit_chain SET anchor_id = last_id, anchor_hash = last_hash");
  }

  /**
   * Rewrites the actor of the entry {@code id} and recomputes every hash from it to the head, and
   * the head: a chain that holds in itself, but not the head published before the rewrite.
   */
  public void rewrite(long id, String actor) {
    try (PreparedStatement statement =
        connection.prepareStatement("UPDATE audit_entry SET actor = ? WHERE id = ?")) {
      statement.setString(1, actor);
      statement.setLong(2, id);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    execute(
        "DO $$ DECLARE previous text; e record; BEGIN"
            + " SELECT COALESCE((SELECT hash FROM audit_entry WHERE id < "
            + id
            + " AND id > c.anchor_id ORDER BY id DESC LIMIT 1), c.anchor_hash) INTO previous"
            + " FROM audit_chain c;"
            + " FOR e IN SELECT * FROM audit_entry WHERE id >= "
            + id
            + " ORDER BY id LOOP"
            + " UPDATE audit_entry SET prev_hash = previous, hash = audit_entry_hash(previous,"
            + " e.id, e.occurred_at, e.actor, e.role, e.subject_id, e.action, e.resource,"
            + " e.purpose) WHERE id = e.id RETURNING hash INTO previous;"
            + " END LOOP;"
            + " UPDATE audit_chain SET last_hash = previous; END $$");
  }

  /** Deletes every entry after {@code id} and moves the head back to it. */
  public void deleteAfter(long id) {
    execute("DELETE FROM audit_entry WHERE id > " + id);
    execute(
        "UPDATE audit_chain SET last_id = "
            + id
            + ", last_hash = (SELECT hash FROM audit_entry WHERE id = "
            + id
            + ")");
  }

  /** Deletes the entry {@code id} and nothing else. */
  public void delete(long id) {
    execute("DELETE FROM audit_entry WHERE id = " + id);
  }

  /** Puts the chain back as it was copied. */
  @Override
  public void close() {
    try {
      execute("DELETE FROM audit_entry WHERE id > (SELECT anchor_id FROM audit_tampering_chain)");
      execute("INSERT INTO audit_entry SELECT * FROM audit_tampering_entry");
      execute("DELETE FROM audit_chain");
      execute("INSERT INTO audit_chain SELECT * FROM audit_tampering_chain");
      execute("DROP TABLE audit_tampering_entry, audit_tampering_chain");
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        // the statements above have committed
      }
    }
  }

  private long number(String query) {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void execute(String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("superuser statement failed: " + e.getSQLState(), e);
    }
  }
}

package fi.rekisteri.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The chain as both services store it ({@code audit_entry}, the one-row {@code audit_chain}), read
 * on one connection: for a consistent walk, in a REPEATABLE READ transaction ({@link
 * AuditVerifications}). A failed read is an {@link IllegalStateException} naming the SQL state.
 */
public final class JdbcAuditLinks implements AuditLinks {

  private final Connection connection;

  public JdbcAuditLinks(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Head head() {
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT anchor_id, anchor_hash, last_id, last_hash FROM audit_chain WHERE id = 1");
        ResultSet row = statement.executeQuery()) {
      if (!row.next()) {
        throw new IllegalStateException("the audit chain's head row is missing");
      }
      return new Head(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4));
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public List<Link> links(long afterId, long lastId, int limit) {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT id, occurred_at, actor, role, subject_id, action, resource, purpose,"
                + " prev_hash, hash FROM audit_entry WHERE id > ? AND id <= ? ORDER BY id"
                + " LIMIT ?")) {
      statement.setLong(1, afterId);
      statement.setLong(2, lastId);
      statement.setInt(3, limit);
      List<Link> links = new ArrayList<>();
      try (ResultSet r = statement.executeQuery()) {
        while (r.next()) {
          links.add(
              new Link(
                  r.getLong(1),
                  r.getObject(2, OffsetDateTime.class).toInstant(),
                  r.getString(3),
                  r.getString(4),
                  r.getObject(5, UUID.class),
                  r.getString(6),
                  r.getString(7),
                  r.getString(8),
                  r.getString(9),
                  r.getString(10)));
        }
      }
      return links;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public Long firstOutside(long anchorId, long lastId) {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT min(id) FROM audit_entry WHERE id <= ? OR id > ?")) {
      statement.setLong(1, anchorId);
      statement.setLong(2, lastId);
      try (ResultSet r = statement.executeQuery()) {
        r.next();
        long id = r.getLong(1);
        return r.wasNull() ? null : id;
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public String hashAt(long id) {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT hash FROM audit_entry WHERE id = ?")) {
      statement.setLong(1, id);
      try (ResultSet r = statement.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static IllegalStateException failed(SQLException e) {
    return new IllegalStateException(
        "the audit chain could not be read (SQLState " + e.getSQLState() + ")", e);
  }
}

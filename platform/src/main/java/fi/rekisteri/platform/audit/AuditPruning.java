package fi.rekisteri.platform.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The only place audit entries are ever deleted: as the audit owner (datasource {@code auditowner};
 * the service's own user holds no DELETE on {@code audit_entry}, {@link AuditTableOwner}), in a
 * transaction of its own that sets {@code rekisteri.audit_retention = on} for the append-only
 * trigger (register migration V8, rights migration V3). Under the chain's lock it deletes the
 * oldest entries and leaves the checkpoint verification starts from: the last deleted entry's id
 * and hash, and the count.
 */
@ApplicationScoped
public class AuditPruning {

  /**
   * The oldest entries of the chain, up to the first one recorded at or after the cutoff: a prefix
   * of the chain, so verification can start at the last one deleted.
   */
  static final String DUE =
      "FROM audit_entry WHERE occurred_at < ? AND id < COALESCE((SELECT min(k.id)"
          + " FROM audit_entry k WHERE k.occurred_at >= ?), 9223372036854775807)";

  private final AgroalDataSource auditOwner;

  public AuditPruning(@DataSource("auditowner") AgroalDataSource auditOwner) {
    this.auditOwner = auditOwner;
  }

  /** Deletes the entries recorded before {@code cutoff} (a prefix of the chain); their count. */
  public long prune(Instant cutoff) {
    try (Connection connection = auditOwner.getConnection()) {
      connection.setAutoCommit(false);
      try {
        long deleted = prune(connection, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
        connection.commit();
        return deleted;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "audit entries could not be pruned (SQLState " + e.getSQLState() + ")", e);
    }
  }

  private static long prune(Connection connection, OffsetDateTime cutoff) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT 1 FROM audit_chain WHERE id = 1 FOR UPDATE").close();
    }
    long lastId;
    String lastHash;
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT id, hash " + DUE + " ORDER BY id DESC LIMIT 1")) {
      statement.setObject(1, cutoff);
      statement.setObject(2, cutoff);
      try (ResultSet last = statement.executeQuery()) {
        if (!last.next()) {
          return 0;
        }
        lastId = last.getLong(1);
        lastHash = last.getString(2);
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT set_config('rekisteri.audit_retention', 'on', true)").close();
    }
    long deleted;
    try (PreparedStatement statement = connection.prepareStatement("DELETE " + DUE)) {
      statement.setObject(1, cutoff);
      statement.setObject(2, cutoff);
      deleted = statement.executeUpdate();
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT set_config('rekisteri.audit_retention', 'off', true)").close();
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE audit_chain SET anchor_id = ?, anchor_hash = ?, pruned = pruned + ?,"
                + " pruned_at = now() WHERE id = 1")) {
      statement.setLong(1, lastId);
      statement.setString(2, lastHash);
      statement.setLong(3, deleted);
      statement.executeUpdate();
    }
    return deleted;
  }
}

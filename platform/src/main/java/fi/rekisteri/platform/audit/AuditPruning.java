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
import org.jboss.logging.Logger;

/**
 * The only place audit entries are ever deleted: as the audit owner (datasource {@code auditowner};
 * the service's own user holds no DELETE on {@code audit_entry}, {@link AuditTableOwner}), in a
 * transaction of its own that sets {@code rekisteri.audit_retention = on} for the append-only
 * trigger (register migration V8, rights migration V3). Under the chain's lock it deletes the
 * oldest entries and leaves the checkpoint verification starts from: the last deleted entry's id
 * and hash, and the count. The checkpoint never moves past the latest head published outside the
 * database ({@link AuditHeadPublisher}; in production the entries due are years older than it), so
 * verification can always pass through that head; while no head can be read, nothing is pruned (the
 * next run catches up).
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

  private static final Logger LOG = Logger.getLogger(AuditPruning.class);

  private final AgroalDataSource auditOwner;
  private final AuditHeadTopic heads;
  private final AuditVerifications verifications;

  public AuditPruning(
      @DataSource("auditowner") AgroalDataSource auditOwner,
      AuditHeadTopic heads,
      AuditVerifications verifications) {
    this.auditOwner = auditOwner;
    this.heads = heads;
    this.verifications = verifications;
  }

  /**
   * Deletes the entries recorded before {@code cutoff} (a prefix of the chain), up to the latest
   * published head at most; their count.
   */
  public long prune(Instant cutoff) {
    AuditHead published;
    try {
      published = heads.latest(verifications.chain()).head();
    } catch (IllegalStateException e) {
      LOG.warnf(
          "audit entries not pruned: the published heads are unreadable (%s)", e.getMessage());
      return 0;
    }
    if (published == null) {
      LOG.warn("audit entries not pruned: no head of the chain has been published yet");
      return 0;
    }
    try (Connection connection = auditOwner.getConnection()) {
      connection.setAutoCommit(false);
      try {
        long deleted =
            prune(
                connection, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC), published.position());
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

  private static long prune(Connection connection, OffsetDateTime cutoff, long publishedPosition)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT 1 FROM audit_chain WHERE id = 1 FOR UPDATE").close();
    }
    long lastId;
    String lastHash;
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT id, hash " + DUE + " AND id <= ? ORDER BY id DESC LIMIT 1")) {
      statement.setObject(1, cutoff);
      statement.setObject(2, cutoff);
      statement.setLong(3, publishedPosition);
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
    try (PreparedStatement statement =
        connection.prepareStatement("DELETE FROM audit_entry WHERE id <= ?")) {
      // the prefix up to the last entry due (selected above, under the head's lock)
      statement.setLong(1, lastId);
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

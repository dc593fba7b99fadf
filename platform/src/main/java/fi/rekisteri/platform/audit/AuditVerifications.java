package fi.rekisteri.platform.audit;

import fi.rekisteri.platform.audit.AuditVerification.ChainBreak;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code GET /api/v1/audit/verify} of both services: the latest published head of this service's
 * chain is read from Kafka first ({@link AuditHeadTopic}), then the chain is walked in one
 * REPEATABLE READ snapshot taken after it (so the head read was published from a state the snapshot
 * contains) and must pass through it ({@link AuditVerifier}). A chain is named by the service and
 * its database ({@code register-service/register}), so that two databases of one service never
 * share published heads.
 */
@ApplicationScoped
public class AuditVerifications {

  private static final Logger LOG = Logger.getLogger(AuditVerifications.class);

  private final AgroalDataSource dataSource;
  private final AuditHeadTopic topic;
  private final String application;
  private volatile String chain;

  public AuditVerifications(
      AgroalDataSource dataSource,
      AuditHeadTopic topic,
      @ConfigProperty(name = "quarkus.application.name") String application) {
    this.dataSource = dataSource;
    this.topic = topic;
    this.application = application;
  }

  /** Walks the chain against its latest published head. */
  public AuditVerification verify() {
    AuditHeadTopic.Latest latest;
    try {
      latest = topic.latest(chain());
    } catch (IllegalStateException e) {
      LOG.warnf("audit verification: the published heads are unreadable (%s)", e.getMessage());
      AuditVerification walked = inSnapshot(AuditVerifier::verify);
      return walked.valid()
          ? new AuditVerification(
              false,
              walked.entries(),
              null,
              ChainBreak.PUBLISHED_HEADS_UNREADABLE,
              null,
              walked.unpublishedEntries(),
              0)
          : walked;
    }
    return inSnapshot(links -> AuditVerifier.verify(links, latest.head(), latest.refused()));
  }

  /** This service's chain: {@code <application>/<database>}, the key of its published heads. */
  public String chain() {
    if (chain == null) {
      chain = application + "/" + currentDatabase();
    }
    return chain;
  }

  private String currentDatabase() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT current_database()")) {
      row.next();
      return row.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("no database name (SQLState " + e.getSQLState() + ")", e);
    }
  }

  /** Runs {@code work} on the chain in one read-only REPEATABLE READ transaction. */
  <T> T inSnapshot(Function<AuditLinks, T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        T result = work.apply(new JdbcAuditLinks(connection));
        connection.commit();
        return result;
      } catch (RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the audit chain could not be read (SQLState " + e.getSQLState() + ")", e);
    }
  }
}

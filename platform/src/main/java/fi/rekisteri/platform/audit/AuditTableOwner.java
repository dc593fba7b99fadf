package fi.rekisteri.platform.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The audit log is append-only by privileges: at startup, after Flyway and before the service
 * serves, the audit owner role (datasource {@code auditowner}, {@code register_audit} or {@code
 * rights_audit}, a member of the service's user, never the other way round) takes over {@code
 * audit_entry} and grants the service's user only SELECT and INSERT on it (and USAGE on its id
 * sequence, which moves with the table). The service's user thus holds no UPDATE, DELETE or
 * TRUNCATE there, whatever the application runs; the append-only trigger of the service's
 * migrations stays as a second line. Old entries are pruned as the audit owner only ({@link
 * AuditPruning}). {@code audit_chain} stays the service's: every append updates its head.
 *
 * <p>Idempotent: a second start finds the table owned and grants the same. The service refuses to
 * start when its user could still change or delete audit rows (e.g. the roles were created the
 * wrong way round).
 *
 * <p><b>Flyway:</b> migrations run as the service's user, which no longer owns {@code audit_entry}:
 * a future migration cannot ALTER, index or drop it. Such a change needs the audit owner (or a
 * superuser) to run it by hand, or to hand the table back first ({@code ALTER TABLE audit_entry
 * OWNER TO register} as {@code register_audit}, likewise for rights); this bean takes it over again
 * at the next start.
 */
@ApplicationScoped
public class AuditTableOwner {

  private static final Logger LOG = Logger.getLogger(AuditTableOwner.class);
  static final String TABLE = "audit_entry";
  static final String SEQUENCE = "audit_entry_id_seq";

  private final AgroalDataSource auditOwner;
  private final String serviceUser;

  public AuditTableOwner(
      @DataSource("auditowner") AgroalDataSource auditOwner,
      @ConfigProperty(name = "quarkus.datasource.username") String serviceUser) {
    this.auditOwner = auditOwner;
    this.serviceUser = serviceUser;
  }

  void onStart(@Observes @Priority(5) StartupEvent event) {
    secure();
  }

  /** Makes the audit owner own the table and leaves the service's user SELECT and INSERT. */
  public void secure() {
    try (Connection connection = auditOwner.getConnection()) {
      connection.setAutoCommit(false);
      try {
        // instances starting together take their turns (concurrent GRANTs on one table can fail)
        single(connection, "SELECT pg_advisory_xact_lock(hashtext('rekisteri.audit_table_owner'))");
        String owner = currentUser(connection);
        if (owner.equals(serviceUser)) {
          throw new IllegalStateException(
              "the audit owner datasource logs in as the service's own user " + serviceUser);
        }
        String tableOwner =
            single(
                connection,
                "SELECT tableowner FROM pg_tables"
                    + " WHERE schemaname = current_schema() AND tablename = '"
                    + TABLE
                    + "'");
        try (Statement statement = connection.createStatement()) {
          if (!owner.equals(tableOwner)) {
            statement.execute("ALTER TABLE " + TABLE + " OWNER TO CURRENT_USER");
            LOG.infof("audit: %s now owned by %s (was %s)", TABLE, owner, tableOwner);
          }
          String user = quoted(serviceUser);
          statement.execute("REVOKE ALL ON " + TABLE + " FROM PUBLIC, " + user);
          statement.execute("GRANT SELECT, INSERT ON " + TABLE + " TO " + user);
          statement.execute("REVOKE ALL ON SEQUENCE " + SEQUENCE + " FROM PUBLIC, " + user);
          statement.execute("GRANT USAGE, SELECT ON SEQUENCE " + SEQUENCE + " TO " + user);
        }
        List<String> left = privilegesLeft(connection, serviceUser);
        if (!left.isEmpty()) {
          throw new IllegalStateException(
              "the service's database user "
                  + serviceUser
                  + " can still "
                  + String.join(", ", left)
                  + " "
                  + TABLE
                  + " (is it a member of the audit owner "
                  + owner
                  + "? the audit owner must be a member of it, not the other way round)");
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not make the audit owner own " + TABLE + " (SQLState " + e.getSQLState() + ")", e);
    }
  }

  /** The privileges on the audit table {@code user} holds that it must not. */
  static List<String> privilegesLeft(Connection connection, String user) throws SQLException {
    List<String> left = new ArrayList<>();
    for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE")) {
      try (PreparedStatement statement =
          connection.prepareStatement("SELECT has_table_privilege(?, ?, ?)")) {
        statement.setString(1, user);
        statement.setString(2, TABLE);
        statement.setString(3, privilege);
        try (ResultSet resultSet = statement.executeQuery()) {
          resultSet.next();
          if (resultSet.getBoolean(1)) {
            left.add(privilege);
          }
        }
      }
    }
    return left;
  }

  private static String currentUser(Connection connection) throws SQLException {
    return single(connection, "SELECT current_user");
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      if (!resultSet.next()) {
        throw new IllegalStateException("no " + TABLE + " table; has Flyway run?");
      }
      return resultSet.getString(1);
    }
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The audit log is append-only by privileges: at startup, after Flyway and before the service
 * serves, the audit owner role (datasource {@code auditowner}, {@code register_audit} or {@code
 * rights_audit}, a member of the service's user, never the other way round) takes over every audit
 * table ({@code audit_entry}, the chain's head {@code audit_chain}, the staging table {@code
 * audit_pending}; their id sequences move with them) and the audit functions ({@code
 * audit_entry_hash}, the append-only trigger's), and drops the service's retired audit functions
 * ({@link AuditSetup#retiredFunctions}: the rights service's former {@code audit_append}, since
 * entries are staged). The service's user keeps only SELECT on the chain and its head and INSERT on
 * the staging table: it stages entries that the owner links into the chain ({@link AuditWriter}),
 * and holds no UPDATE, DELETE or TRUNCATE on any audit table, whatever the application runs. The
 * append-only trigger stays as a second line. Old entries are pruned as the audit owner only
 * ({@link AuditPruning}).
 *
 * <p>Idempotent: a second start finds the objects owned and grants the same. The service refuses to
 * start when its user could still change an audit table (e.g. the roles were created the wrong way
 * round).
 *
 * <p><b>Flyway:</b> migrations run as the service's user, which no longer owns the audit tables: a
 * future migration cannot ALTER, index or drop them. Such a change needs the audit owner (or a
 * superuser) to run it by hand, or to hand the object back first ({@code ALTER TABLE audit_entry
 * OWNER TO register} as {@code register_audit}, likewise for rights); this bean takes it over again
 * at the next start.
 */
@ApplicationScoped
public class AuditTableOwner {

  private static final Logger LOG = Logger.getLogger(AuditTableOwner.class);

  /** Every audit table and what the service's user may do there; absent tables are skipped. */
  static final Map<String, String> TABLES = new LinkedHashMap<>();

  /** The id sequences the service's user may draw from (for its INSERTs). */
  static final Map<String, String> SEQUENCES = Map.of("audit_pending_seq_seq", "audit_pending");

  /** The audit functions, which the audit owner owns. */
  static final List<String> FUNCTIONS = List.of("audit_entry_hash", "audit_entry_append_only");

  static {
    TABLES.put("audit_entry", "SELECT");
    TABLES.put("audit_chain", "SELECT");
    TABLES.put("audit_pending", "SELECT, INSERT");
  }

  private final AgroalDataSource auditOwner;
  private final String serviceUser;
  private final List<String> retiredFunctions;

  public AuditTableOwner(
      @DataSource("auditowner") AgroalDataSource auditOwner,
      @ConfigProperty(name = "quarkus.datasource.username") String serviceUser,
      AuditSetup setup) {
    this.auditOwner = auditOwner;
    this.serviceUser = serviceUser;
    this.retiredFunctions = setup.retiredFunctions();
  }

  void onStart(@Observes @Priority(5) StartupEvent event) {
    secure();
  }

  /** Makes the audit owner own every audit object and leaves the service's user what it needs. */
  public void secure() {
    try (Connection connection = auditOwner.getConnection()) {
      connection.setAutoCommit(false);
      try {
        // instances starting together take their turns (concurrent GRANTs on one table can fail)
        single(connection, "SELECT pg_advisory_xact_lock(hashtext('rekisteri.audit_table_owner'))");
        String owner = single(connection, "SELECT current_user");
        if (owner.equals(serviceUser)) {
          throw new IllegalStateException(
              "the audit owner datasource logs in as the service's own user " + serviceUser);
        }
        String user = quoted(serviceUser);
        try (Statement statement = connection.createStatement()) {
          for (Map.Entry<String, String> table : TABLES.entrySet()) {
            String tableOwner = tableOwner(connection, table.getKey());
            if (tableOwner == null) {
              continue;
            }
            if (!owner.equals(tableOwner)) {
              statement.execute("ALTER TABLE " + table.getKey() + " OWNER TO CURRENT_USER");
              LOG.infof("audit: %s now owned by %s (was %s)", table.getKey(), owner, tableOwner);
            }
            statement.execute("REVOKE ALL ON " + table.getKey() + " FROM PUBLIC, " + user);
            statement.execute(
                "GRANT " + table.getValue() + " ON " + table.getKey() + " TO " + user);
          }
          statement.execute("REVOKE ALL ON SEQUENCE audit_entry_id_seq FROM PUBLIC, " + user);
          for (Map.Entry<String, String> sequence : SEQUENCES.entrySet()) {
            if (tableOwner(connection, sequence.getValue()) != null) {
              statement.execute(
                  "REVOKE ALL ON SEQUENCE " + sequence.getKey() + " FROM PUBLIC, " + user);
              statement.execute(
                  "GRANT USAGE, SELECT ON SEQUENCE " + sequence.getKey() + " TO " + user);
            }
          }
          for (String[] function : functions(connection)) {
            if (!owner.equals(function[1])) {
              statement.execute("ALTER FUNCTION " + function[0] + " OWNER TO CURRENT_USER");
            }
            if (retiredFunctions.contains(function[2])) {
              // Rolling deploys: an instance of an older version that still calls the function
              // fails its audited requests once it is dropped; replace every such instance.
              statement.execute("DROP FUNCTION IF EXISTS " + function[0]);
              LOG.infof("audit: retired function %s dropped", function[0]);
            }
          }
        }
        List<String> left = privilegesLeft(connection, serviceUser);
        if (!left.isEmpty()) {
          throw new IllegalStateException(
              "the service's database user "
                  + serviceUser
                  + " can still "
                  + String.join(", ", left)
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
          "could not make the audit owner own the audit tables (SQLState " + e.getSQLState() + ")",
          e);
    }
  }

  /**
   * What {@code user} may do to the audit tables that it must not: UPDATE, DELETE or TRUNCATE on
   * any, INSERT on the chain or its head (appends go through the owner).
   */
  static List<String> privilegesLeft(Connection connection, String user) throws SQLException {
    List<String> left = new ArrayList<>();
    for (String table : TABLES.keySet()) {
      if (tableOwner(connection, table) == null) {
        continue;
      }
      List<String> refused = new ArrayList<>(List.of("UPDATE", "DELETE", "TRUNCATE"));
      if (!TABLES.get(table).contains("INSERT")) {
        refused.add("INSERT");
      }
      for (String privilege : refused) {
        try (PreparedStatement statement =
            connection.prepareStatement("SELECT has_table_privilege(?, ?, ?)")) {
          statement.setString(1, user);
          statement.setString(2, table);
          statement.setString(3, privilege);
          try (ResultSet resultSet = statement.executeQuery()) {
            resultSet.next();
            if (resultSet.getBoolean(1)) {
              left.add(privilege + " " + table);
            }
          }
        }
      }
    }
    return left;
  }

  /** The owner of the table in the current schema, or null when there is no such table. */
  private static String tableOwner(Connection connection, String table) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema()"
                + " AND tablename = ?")) {
      statement.setString(1, table);
      try (ResultSet resultSet = statement.executeQuery()) {
        return resultSet.next() ? resultSet.getString(1) : null;
      }
    }
  }

  /**
   * Each audit function, retired ones too, of the current schema: its signature, owner and name.
   */
  private List<String[]> functions(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>(FUNCTIONS);
    names.addAll(retiredFunctions);
    List<String[]> functions = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT p.oid::regprocedure::text, pg_get_userbyid(p.proowner), p.proname"
                + " FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace"
                + " AND p.proname = ANY (?)")) {
      statement.setArray(1, connection.createArrayOf("text", names.toArray()));
      try (ResultSet resultSet = statement.executeQuery()) {
        while (resultSet.next()) {
          functions.add(
              new String[] {
                resultSet.getString(1), resultSet.getString(2), resultSet.getString(3)
              });
        }
      }
    }
    if (functions.stream().noneMatch(f -> f[2].equals("audit_entry_append_only"))) {
      throw new IllegalStateException("no audit functions; has Flyway run?");
    }
    return functions;
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      resultSet.next();
      return resultSet.getString(1);
    }
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}

package fi.rekisteri.register.contact;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.register.support.RegisterStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V17 turns each single-slot restriction into one cause, so that none is lost: the request that
 * caused it is the latest restrict (or 21(1) objection) command logged for the contact, an erasure
 * hold has none, and a restriction no logged command explains stays, under a migration id that a
 * lift still reaches.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class RestrictionCauseMigrationTest {

  private static final String USER = "register";

  @Test
  void givenSingleSlotRestrictions_whenMigrate_thenEachBecomesOneCauseWithItsRequest()
      throws SQLException {
    // a database of its own, beside the one the service runs on, migrated up to V16 only
    String serviceUrl =
        ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    String database = "register_v17_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = DriverManager.getConnection(serviceUrl, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database + " OWNER " + USER);
    }
    String url = serviceUrl.substring(0, serviceUrl.lastIndexOf('/') + 1) + database;
    flyway(url, "16").migrate();

    UUID requested = UUID.randomUUID();
    UUID objected = UUID.randomUUID();
    UUID held = UUID.randomUUID();
    UUID unexplained = UUID.randomUUID();
    UUID free = UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(url, USER, USER);
        Statement s = c.createStatement()) {
      contact(s, requested, "'REQUESTED'", "'Restricted on the data subject''s request'");
      contact(s, objected, "'OBJECTION'", "'Objection on grounds of a particular situation'");
      contact(s, held, "'ERASURE_HOLD'", "'Kept only for accounting law'");
      contact(s, unexplained, "'CONTESTED_ACCURACY'", "'accuracy contested'");
      contact(s, free, "NULL", "NULL");
      command(s, "req-old", "RESTRICT", requested, "now() - interval '2 days'");
      command(s, "req-latest", "RESTRICT", requested, "now() - interval '1 day'");
      command(s, "req-objection", "OBJECTION", objected, "now()");
      command(s, "req-erase", "ERASE", held, "now()");
    }

    flyway(url, "17").migrate();

    List<String> causes = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, USER, USER);
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT contact_id, request_id, kind, ends_on FROM contact_restriction_cause")) {
      while (rows.next()) {
        causes.add(
            rows.getString(1)
                + " "
                + rows.getString(2)
                + " "
                + rows.getString(3)
                + " "
                + rows.getString(4));
      }
    }
    assertThat(causes)
        .containsExactlyInAnyOrder(
            requested + " req-latest REQUESTED null",
            objected + " req-objection OBJECTION null",
            held + " null ERASURE_HOLD null",
            unexplained + " migrated:" + unexplained + " CONTESTED_ACCURACY null");
  }

  private static Flyway flyway(String url, String target) {
    return Flyway.configure()
        .dataSource(url, USER, USER)
        .locations("filesystem:src/main/resources/db/migration")
        .target(target)
        .load();
  }

  private static void contact(Statement s, UUID id, String cause, String reason)
      throws SQLException {
    boolean restricted = !"NULL".equals(cause);
    s.execute(
        "INSERT INTO contact (id, first_name, last_name, source_channel, source_collected_at,"
            + " restricted, restriction_reason, restricted_at, restriction_cause, created_at,"
            + " updated_at) VALUES ('"
            + id
            + "', 'Testi', 'Henkilö', 'EMAIL', now(), "
            + restricted
            + ", "
            + reason
            + ", "
            + (restricted ? "now()" : "NULL")
            + ", "
            + cause
            + ", now(), now())");
  }

  private static void command(
      Statement s, String requestId, String command, UUID subject, String executedAt)
      throws SQLException {
    s.execute(
        "INSERT INTO rights_command (request_id, command, subject_id, result, executed_at)"
            + " VALUES ('"
            + requestId
            + "', '"
            + command
            + "', '"
            + subject
            + "', '{}', "
            + executedAt
            + ")");
  }
}

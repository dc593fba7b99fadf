package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local PostgreSQL asks every role for its password, the superuser included (docs/security.md):
 * without one, or with a wrong one, nobody logs in over the loopback address; the demo passwords
 * work and are stored as SCRAM verifiers.
 */
class PostgresPasswordsTest {

  @TempDir static Path tmp;
  private static PostgresServer postgres;

  @BeforeAll
  static void start() {
    postgres =
        PostgresServer.start(Processes.freePort(), tmp.resolve("data"), tmp.resolve("bin"), false);
    postgres.ensureDatabase("shop", "shop", "shop-password");
  }

  @AfterAll
  static void stop() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void givenNoPassword_whenSuperuser_thenRefused() {
    assertRefused("postgres", "postgres", "");
  }

  @Test
  void givenAWrongPassword_whenSuperuser_thenRefused() {
    assertRefused("postgres", "postgres", "trust-me");
  }

  @Test
  void givenAWrongPassword_whenServiceRole_thenRefused() {
    assertRefused("shop", "shop", "shop");
    assertRefused("shop", "shop_audit", "");
  }

  @Test
  void givenItsPassword_whenEveryRole_thenLogsInWithAScramVerifier() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                postgres.jdbcUrl("shop"), "postgres", PostgresServer.SUPERUSER_PASSWORD);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT rolname, rolpassword FROM pg_authid"
                    + " WHERE rolname IN ('postgres', 'shop', 'shop_audit') ORDER BY rolname")) {
      int count = 0;
      while (rows.next()) {
        count++;
        assertThat(rows.getString(2)).as(rows.getString(1)).startsWith("SCRAM-SHA-256$");
      }
      assertThat(count).isEqualTo(3);
    }
    try (Connection connection =
        DriverManager.getConnection(postgres.jdbcUrl("shop"), "shop", "shop-password")) {
      assertThat(connection.isValid(5)).isTrue();
    }
  }

  @Test
  void givenHbaFile_thenNamesScramForEveryConnection() throws Exception {
    String hba = Files.readString(tmp.resolve("data").resolve("pg_hba.conf"));

    assertThat(hba).doesNotContain("trust").contains("host all all 127.0.0.1/32 scram-sha-256");
  }

  private static void assertRefused(String database, String user, String password) {
    assertThatThrownBy(
            () -> DriverManager.getConnection(postgres.jdbcUrl(database), user, password))
        .isInstanceOf(SQLException.class)
        .satisfies(
            e ->
                assertThat(((SQLException) e).getSQLState())
                    .as("refused for its password, not for anything else")
                    .isIn("28P01", "08004"));
  }
}

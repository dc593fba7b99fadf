package fi.rekisteri.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL server from the zonky binaries, listening on 127.0.0.1 only, with password
 * authentication (scram-sha-256) for every role, the superuser included: {@code postgres} / {@value
 * #SUPERUSER_PASSWORD} locally, each service's roles with the demo passwords of {@link
 * #ensureDatabase}. Nobody on the machine logs in without a password.
 */
public final class PostgresServer implements AutoCloseable {

  /** The local superuser's password (a demo value, refused by the services' production profile). */
  public static final String SUPERUSER_PASSWORD = "postgres";

  /** The client authentication this server runs with: a password for every role and address. */
  static final String HBA =
      """
      # Written by the local stack (PostgresServer): a password (scram-sha-256) for every role,
      # the superuser included, on the socket and on the loopback address alike.
      local all all scram-sha-256
      host all all 127.0.0.1/32 scram-sha-256
      host all all ::1/128 scram-sha-256
      """;

  private final EmbeddedPostgres postgres;
  private final int port;
  private final Path dataDir;

  private PostgresServer(EmbeddedPostgres postgres, int port, Path dataDir) {
    this.postgres = postgres;
    this.port = port;
    this.dataDir = dataDir;
  }

  /**
   * Kills the postmaster with SIGKILL, like a crash (its backends end with it); {@link #start} on
   * the same data directory brings the cluster back through crash recovery.
   */
  public void kill() {
    try {
      long pid =
          Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
      ProcessHandle.of(pid)
          .ifPresent(
              postmaster -> {
                List<ProcessHandle> backends = postmaster.children().toList();
                postmaster.destroyForcibly();
                backends.forEach(ProcessHandle::destroyForcibly);
                postmaster.onExit().join();
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      // releases the embedded server's own hold on the directory; its stop finds nothing running
      postgres.close();
    } catch (IOException | RuntimeException e) {
      // expected: the server is gone already
    }
  }

  /**
   * Starts PostgreSQL with its data in {@code dataDir}; an existing cluster there is reused, so
   * data survives a restart. Durable like a production server: {@code fsync} and {@code
   * synchronous_commit} on (the embedded server's own default is off: a commit answered 201 could
   * vanish in a crash), so the local stack, the benchmarks and the fault tests measure what a real
   * server does; and 512 MiB of shared buffers instead of the default 128 MiB, so that a register
   * of a million contacts (half a gigabyte of contact rows) is read from memory as a real server
   * would.
   */
  public static PostgresServer start(int port, Path dataDir, Path workDir) {
    return start(port, dataDir, workDir, true);
  }

  /**
   * As {@link #start(int, Path, Path)}; {@code durable} false leaves {@code synchronous_commit} off
   * (the test suites' throw-away cluster, which claims no durability).
   */
  public static PostgresServer start(int port, Path dataDir, Path workDir, boolean durable) {
    try {
      Files.createDirectories(workDir);
      Files.createDirectories(dataDir.getParent());
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(workDir.toFile())
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "200")
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", durable ? "on" : "off")
              .setServerConfig("shared_buffers", durable ? "512MB" : "128MB")
              .setPGStartupWait(Duration.ofSeconds(60))
              .setConnectConfig("password", SUPERUSER_PASSWORD)
              .start();
      requirePasswords(postgres, dataDir);
      return new PostgresServer(postgres, port, dataDir);
    } catch (IOException e) {
      throw new IllegalStateException("PostgreSQL did not start on port " + port, e);
    }
  }

  /**
   * Makes a fresh cluster (zonky's initdb trusts every local connection) ask every role for its
   * password: the superuser gets {@value #SUPERUSER_PASSWORD} (stored as a SCRAM verifier) and
   * {@code pg_hba.conf} names scram-sha-256 for every connection, then the server reloads it. A
   * cluster already set up this way is left as it is.
   */
  private static void requirePasswords(EmbeddedPostgres postgres, Path dataDir) throws IOException {
    Path hba = dataDir.resolve("pg_hba.conf");
    if (Files.exists(hba) && Files.readString(hba).equals(HBA)) {
      return;
    }
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SET password_encryption = 'scram-sha-256'");
      statement.execute("ALTER ROLE postgres PASSWORD '" + SUPERUSER_PASSWORD + "'");
      Files.writeString(hba, HBA);
      statement.execute("SELECT pg_reload_conf()");
    } catch (SQLException e) {
      throw new IllegalStateException("could not require passwords on PostgreSQL", e);
    }
  }

  public int port() {
    return port;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /**
   * Creates the service's role and its database unless they exist, and the service's audit owner
   * role {@code <user>_audit} (password: its name, a demo value), a member of the service's role;
   * idempotent. The service makes the audit owner own its {@code audit_entry} table at startup, so
   * that its own role may only read audit rows and append them through what the owner grants
   * (deploy/postgres/init.sql does the same for docker-compose).
   */
  public void ensureDatabase(String database, String user, String password) {
    ensureDatabase(database, user, password, auditOwner(user));
  }

  /** As {@link #ensureDatabase(String, String, String)}, with the audit owner's own password. */
  public void ensureDatabase(
      String database, String user, String password, String auditOwnerPassword) {
    String auditOwner = auditOwner(user);
    try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
      ensureRole(connection, user, password);
      ensureRole(connection, auditOwner, auditOwnerPassword);
      try (Statement statement = connection.createStatement()) {
        // the audit owner is a member of the service's role, never the other way round: it may
        // take over the table the service's role created, and the service's role gets only what
        // the audit owner grants it
        statement.execute("GRANT \"" + user + "\" TO \"" + auditOwner + "\"");
      }
      if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("CREATE DATABASE \"" + database + "\" OWNER \"" + user + "\"");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + database, e);
    }
  }

  /** The role that owns a service's audit table: {@code <user>_audit}. */
  public static String auditOwner(String user) {
    return user + "_audit";
  }

  private static void ensureRole(Connection connection, String role, String password)
      throws SQLException {
    if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET password_encryption = 'scram-sha-256'");
        statement.execute(
            "CREATE ROLE \"" + role + "\" LOGIN PASSWORD '" + password.replace("'", "''") + "'");
      }
    }
  }

  private static boolean exists(Connection connection, String sql, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      try (ResultSet resultSet = statement.executeQuery()) {
        return resultSet.next();
      }
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new IllegalStateException("PostgreSQL did not stop cleanly", e);
    }
  }
}

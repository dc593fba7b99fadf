package fi.rekisteri.rights.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What runs once across all instances of the service that share its database: PostgreSQL
 * session-level advisory locks. {@link #runAlone} runs a scheduled job only while no other instance
 * runs it; {@link Leadership} keeps a lock on a connection of its own for as long as the instance
 * lives (the outbox relay), so that when the holder dies (its connection closes) another instance
 * takes over at its next attempt.
 */
@ApplicationScoped
public class ClusterLock {

  private final AgroalDataSource dataSource;

  public ClusterLock(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The lock key of a name: the first 8 bytes of its SHA-256, so every instance agrees. */
  static long key(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("rekisteri-rights:" + name).getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (digest[i] & 0xff);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs {@code work} if no other instance is running the job {@code name} now; returns false when
   * it skipped. The lock lives on a connection outside any transaction, so the job may open and
   * commit transactions of its own.
   */
  public boolean runAlone(String name, Runnable work) {
    long key = key(name);
    try (Connection connection = dataSource.getConnection()) {
      if (!tryLock(connection, key)) {
        return false;
      }
      try {
        work.run();
        return true;
      } finally {
        unlock(connection, key);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the job lock is unavailable (" + e.getSQLState() + ")", e);
    }
  }

  private static boolean tryLock(Connection connection, long key) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      statement.setLong(1, key);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  private static void unlock(Connection connection, long key) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      statement.setLong(1, key);
      statement.execute();
    }
  }
}

package fi.rekisteri.platform.cluster;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What runs once across all instances of the service that share its database: PostgreSQL
 * session-level advisory locks. {@link #runAlone} runs a scheduled job only while no other instance
 * runs it; {@link Leadership} keeps a lock on a connection of its own for as long as the instance
 * lives (the outbox relay), so that when the holder dies (its connection closes) another instance
 * takes over at its next attempt.
 */
@ApplicationScoped
public class ClusterLock {

  private static final Logger LOG = Logger.getLogger(ClusterLock.class);

  private final AgroalDataSource dataSource;
  private final String prefix;

  /**
   * @param application {@code register-service} or {@code rights-service}: each service's lock
   *     names are its own ({@code rekisteri-register:} or {@code rekisteri-rights:} before the
   *     name)
   */
  public ClusterLock(
      AgroalDataSource dataSource,
      @ConfigProperty(name = "quarkus.application.name") String application) {
    this.dataSource = dataSource;
    this.prefix = "rekisteri-" + application.replaceFirst("-service$", "") + ":";
  }

  long key(String name) {
    return key(prefix, name);
  }

  /** The lock key of a name: the first 8 bytes of its SHA-256, so every instance agrees. */
  static long key(String prefix, String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((prefix + name).getBytes(StandardCharsets.UTF_8));
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

  /** A lock held as long as this instance lives, checked again at most every {@code recheck}. */
  public Leadership leadership(String name, Duration recheck, LongSupplier clock) {
    return new Leadership(name, key(name), recheck.toMillis(), clock);
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

  /**
   * One instance's claim to a role only one instance may play. Not thread-safe: one thread asks.
   */
  public final class Leadership implements AutoCloseable {

    private final String name;
    private final long key;
    private final long recheckMillis;
    private final LongSupplier clock;
    private Connection connection;
    private long checkedAt;

    private Leadership(String name, long key, long recheckMillis, LongSupplier clock) {
      this.name = name;
      this.key = key;
      this.recheckMillis = recheckMillis;
      this.clock = clock;
    }

    /**
     * True while this instance holds the lock: it asks for it when it does not hold it, and checks
     * its connection again when {@code recheck} has passed (a lost connection lost the lock).
     */
    public boolean held() {
      long now = clock.getAsLong();
      if (connection != null) {
        if (now - checkedAt < recheckMillis) {
          return true;
        }
        checkedAt = now;
        if (alive()) {
          return true;
        }
        LOG.warnf("lost the %s lock (its connection closed)", name);
        release();
      }
      try {
        Connection candidate = dataSource.getConnection();
        if (tryLock(candidate, key)) {
          connection = candidate;
          checkedAt = now;
          LOG.infof("this instance holds the %s lock", name);
          return true;
        }
        candidate.close();
      } catch (SQLException e) {
        LOG.warnf("could not ask for the %s lock (%s)", name, e.getSQLState());
      }
      return false;
    }

    private boolean alive() {
      try {
        return connection.isValid(2);
      } catch (SQLException e) {
        return false;
      }
    }

    private void release() {
      try {
        connection.close();
      } catch (SQLException e) {
        // closing a broken connection; the server ended its session (and the lock) already
      }
      connection = null;
    }

    @Override
    public void close() {
      if (connection != null) {
        try {
          unlock(connection, key);
        } catch (SQLException e) {
          // the session ends below and with it the lock
        }
        release();
      }
    }
  }
}

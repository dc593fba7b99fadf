package fi.rekisteri.platform.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Group commit of audit entries into the chain, in both services (docs/benchmark.md). Appending an
 * entry in the request's own transaction held the chain's head row locked through that
 * transaction's durable commit, so every audited request committed after the one before it. Here
 * one writer thread takes, in one transaction on the audit owner's own small pool (so it never
 * waits for a connection a waiting request holds): the entries of all reads waiting at that moment,
 * and every change's entry staged in {@code audit_pending} by a transaction that has committed
 * ({@link AuditStaging}); it links them into the chain under one lock ({@link ChainAppend}, the
 * time by the service's {@link ChainClock}), inserts them in one batch, deletes the staged rows and
 * commits once. Each caller returns only when its entry is committed in the chain, so nothing
 * acknowledged is ever lost. When idle it sweeps {@code audit_pending} every second: entries a
 * crash left between a change's commit and its linking join the chain then. Instances share the
 * chain: the head row's lock, taken before the staged rows are read, makes them link in turns.
 *
 * <p>It starts after {@link AuditTableOwner} has made the audit owner own the audit objects.
 */
@ApplicationScoped
public class AuditWriter {

  private static final Logger LOG = Logger.getLogger(AuditWriter.class);

  /** A read's entry to append, or (entry null) a committed change's request to link the staged. */
  private record Pending(AuditRecord entry, CompletableFuture<Void> done) {}

  /** Staged entries linked per statement (a backlog is linked in several transactions). */
  static final int STAGED_CHUNK = 2000;

  private final AgroalDataSource auditOwner;
  private final int maxBatch;
  private final ChainClock clock;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private volatile boolean running;
  private Thread thread;

  public AuditWriter(
      @DataSource("auditowner") AgroalDataSource auditOwner,
      @ConfigProperty(name = "rekisteri.audit.group-commit.max-batch", defaultValue = "500")
          int maxBatch,
      AuditSetup setup) {
    this.auditOwner = auditOwner;
    this.maxBatch = maxBatch;
    this.clock = setup.clock();
  }

  void start(@Observes StartupEvent event) {
    running = true;
    thread = new Thread(this::run, "audit-writer");
    thread.setDaemon(true);
    thread.start();
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  /** Appends the entry to the chain; returns once it is committed (at most 30 s). */
  public void append(AuditRecord entry) {
    if (!running) {
      throw new IllegalStateException("the audit writer is not running");
    }
    Pending pending = new Pending(entry, new CompletableFuture<>());
    queue.add(pending);
    try {
      pending.done().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the audit entry was written", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the audit entry could not be written", e);
    }
  }

  /**
   * Links every committed staged entry into the chain, the caller's among them (its transaction has
   * committed); returns once they are committed there (at most 30 s). Never throws: the entry is
   * already durable in {@code audit_pending}, and the sweep links it if this attempt fails.
   */
  public void linkStaged() {
    if (!running) {
      return;
    }
    Pending pending = new Pending(null, new CompletableFuture<>());
    queue.add(pending);
    try {
      pending.done().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("staged audit entries not linked yet; the sweep links them");
    }
  }

  private void run() {
    while (running || !queue.isEmpty()) {
      List<Pending> batch = new ArrayList<>();
      try {
        Pending first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          sweep();
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        write(
            batch.stream().map(Pending::entry).filter(e -> e != null).toList(),
            batch.stream().anyMatch(p -> p.entry() == null));
        batch.forEach(p -> p.done().complete(null));
      } catch (InterruptedException e) {
        if (running) {
          Thread.currentThread().interrupt();
        }
        batch.forEach(p -> p.done().completeExceptionally(e));
        if (!running) {
          return;
        }
      } catch (SQLException | RuntimeException e) {
        LOG.warnf("audit group commit of %d entries failed (%s)", batch.size(), reason(e));
        batch.forEach(p -> p.done().completeExceptionally(e));
      }
    }
  }

  /** Links what a crash left staged; failures wait for the next second. */
  private void sweep() {
    try {
      if (anyStaged()) {
        write(List.of(), true);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warnf("audit sweep of staged entries failed (%s)", reason(e));
    }
  }

  /** What went wrong, without any value: the SQL state or the exception's kind. */
  private static String reason(Exception e) {
    return e instanceof SQLException sql ? sql.getSQLState() : e.getClass().getSimpleName();
  }

  private boolean anyStaged() throws SQLException {
    try (Connection connection = auditOwner.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM audit_pending)");
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getBoolean(1);
    }
  }

  /**
   * One transaction on the audit owner's connection: the chain's head row locked first, then (when
   * {@code staged}) the committed staged entries read and deleted, all linked in one {@link
   * ChainAppend}, one commit. A backlog larger than {@link #STAGED_CHUNK} goes on in further
   * transactions.
   */
  private void write(List<AuditRecord> reads, boolean staged) throws SQLException {
    try (Connection connection = auditOwner.getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<AuditRecord> entries = new ArrayList<>(reads);
        boolean more;
        do {
          more = false;
          if (staged) {
            // staged rows are read after any other linker's delete has committed
            ChainAppend.lockHead(connection);
            more = takeStaged(connection, entries) == STAGED_CHUNK;
          }
          ChainAppend.append(connection, entries, clock);
          connection.commit();
          entries.clear();
        } while (more);
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  /** Moves up to {@link #STAGED_CHUNK} staged entries, oldest first, into {@code entries}. */
  private static int takeStaged(Connection connection, List<AuditRecord> entries)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "DELETE FROM audit_pending WHERE seq IN (SELECT seq FROM audit_pending ORDER BY seq"
                + " LIMIT ?) RETURNING seq, actor, role, subject_id, action, resource, purpose")) {
      statement.setInt(1, STAGED_CHUNK);
      // RETURNING has no order: keyed by seq, the entries join the chain oldest first
      SortedMap<Long, AuditRecord> rows = new TreeMap<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.put(
              result.getLong(1),
              new AuditRecord(
                  result.getString(2),
                  result.getString(3),
                  result.getObject(4, UUID.class),
                  result.getString(5),
                  result.getString(6),
                  result.getString(7)));
        }
      }
      entries.addAll(rows.values());
      return rows.size();
    }
  }
}

package fi.rekisteri.register.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Group commit of the audit entries of reads (issue #11, 3). A read writes nothing but its audit
 * entry, yet appending it in the request's own transaction held the chain's head row locked through
 * that transaction's durable commit, so every audited request committed after the one before it.
 * Here one writer thread takes the entries of all reads waiting at that moment, links them into the
 * chain under one lock, inserts them in one batch and commits once (on the audit owner's own small
 * pool, so it never waits for a connection a waiting request holds); each caller returns only when
 * its own entry is committed, so nothing acknowledged is ever lost.
 */
@ApplicationScoped
public class AuditWriter {

  private static final Logger LOG = Logger.getLogger(AuditWriter.class);

  private record Pending(AuditEntry entry, CompletableFuture<Void> done) {}

  private final AgroalDataSource auditOwner;
  private final int maxBatch;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private volatile boolean running;
  private Thread thread;

  public AuditWriter(
      @DataSource("auditowner") AgroalDataSource auditOwner,
      @ConfigProperty(name = "rekisteri.audit.group-commit.max-batch", defaultValue = "500")
          int maxBatch) {
    this.auditOwner = auditOwner;
    this.maxBatch = maxBatch;
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
  public void append(AuditEntry entry) {
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

  private void run() {
    while (running || !queue.isEmpty()) {
      List<Pending> batch = new ArrayList<>();
      try {
        Pending first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        write(batch.stream().map(Pending::entry).toList());
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
        LOG.warnf(
            "audit group commit of %d entries failed (%s)",
            batch.size(),
            e instanceof SQLException sql ? sql.getSQLState() : e.getClass().getSimpleName());
        batch.forEach(p -> p.done().completeExceptionally(e));
      }
    }
  }

  /** One transaction on the audit owner's connection: {@link ChainAppend}, then one commit. */
  private void write(List<AuditEntry> entries) throws SQLException {
    try (Connection connection = auditOwner.getConnection()) {
      connection.setAutoCommit(false);
      try {
        ChainAppend.append(connection, entries);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }
}

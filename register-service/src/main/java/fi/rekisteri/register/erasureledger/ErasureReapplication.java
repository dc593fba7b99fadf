package fi.rekisteri.register.erasureledger;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * At startup, before the HTTP server opens (Quarkus fires StartupEvent first): reads the whole
 * erasure ledger and erases again every subject whose erasure this database does not hold, as after
 * a restore from an older backup. Until that is done the service does not answer a request; when
 * the ledger cannot be read within {@code rekisteri.erasure-ledger.startup-timeout}, or an erasure
 * cannot be made again, the service refuses to start rather than serve an erased person.
 */
@ApplicationScoped
public class ErasureReapplication {

  private static final Logger LOG = Logger.getLogger(ErasureReapplication.class);

  /** What the last check at startup found. */
  public record LastCheck(Instant checkedAt, int ledgerEntries, int reapplied) {}

  private final ErasureLedgerTopic topic;
  private final ErasureReapplier reapplier;
  private final Duration timeout;
  private volatile LastCheck lastCheck;

  public ErasureReapplication(
      ErasureLedgerTopic topic,
      ErasureReapplier reapplier,
      @ConfigProperty(name = "rekisteri.erasure-ledger.startup-timeout") Duration timeout) {
    this.topic = topic;
    this.reapplier = reapplier;
    this.timeout = timeout;
  }

  void onStart(@Observes @Priority(10) StartupEvent event) {
    run();
  }

  /** Reads the ledger and re-applies what this database lacks; returns what it found. */
  public LastCheck run() {
    List<ErasureLedgerEntry> entries = readLedger();
    int reapplied = 0;
    for (ErasureLedgerEntry entry : entries) {
      Optional<ErasureLedgerRepository.Reapplied> done;
      try {
        done = reapplier.reapply(entry);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "erasure of subject "
                + entry.subjectId()
                + " from the erasure ledger could not be made again ("
                + e.getClass().getSimpleName()
                + "); refusing to serve",
            e);
      }
      if (done.isPresent()) {
        reapplied++;
        LOG.infof(
            "erasure ledger: subject %s erased again (request %s, erased %s): this database did"
                + " not hold it",
            entry.subjectId(), entry.requestId(), entry.erasedAt());
      }
    }
    lastCheck = new LastCheck(Instant.now(), entries.size(), reapplied);
    LOG.infof(
        "erasure ledger checked before serving: %d entries, %d erasures made again",
        entries.size(), reapplied);
    return lastCheck;
  }

  private List<ErasureLedgerEntry> readLedger() {
    Instant deadline = Instant.now().plus(timeout);
    Duration attempt = Duration.ofSeconds(15);
    while (true) {
      try {
        topic.ensure(attempt);
        return topic.readAll(timeout);
      } catch (IllegalStateException e) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "erasure ledger "
                  + topic.name()
                  + " not readable within "
                  + timeout
                  + "; refusing to serve before erasures are checked",
              e);
        }
        LOG.warnf("erasure ledger not readable yet (%s); retrying", e.getMessage());
        try {
          Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  public Optional<LastCheck> lastCheck() {
    return Optional.ofNullable(lastCheck);
  }
}

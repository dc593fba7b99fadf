package fi.rekisteri.rights.erasure;

import fi.rekisteri.platform.ledger.LedgerReader;
import fi.rekisteri.platform.ledger.LedgerStartupRead;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
 * At startup, before the HTTP server opens (Quarkus fires StartupEvent first): reads the register's
 * whole erasure ledger and applies here every erasure this database has not got, as after a restore
 * from an older backup. When the ledger cannot be read within {@code
 * rekisteri.erasure-ledger.startup-timeout} the service refuses to start rather than serve an
 * erased person's copy.
 */
@ApplicationScoped
public class ErasureReapplication {

  private static final Logger LOG = Logger.getLogger(ErasureReapplication.class);

  /**
   * What the last check at startup found. {@code skipped}: ledger records refused by the seal check
   * (forged, unsigned, unreadable, tombstones), never applied; {@code skippedRecords} names each by
   * partition, offset and reason, at most 100.
   */
  public record LastCheck(
      Instant checkedAt,
      int ledgerEntries,
      int reapplied,
      int skipped,
      List<LedgerReader.Skipped> skippedRecords) {}

  private final ErasureLedgerReader ledger;
  private final ErasureReapplier reapplier;
  private final Duration timeout;
  private volatile LastCheck lastCheck;

  public ErasureReapplication(
      ErasureLedgerReader ledger,
      ErasureReapplier reapplier,
      MeterRegistry meters,
      @ConfigProperty(name = "rekisteri.erasure-ledger.startup-timeout") Duration timeout) {
    this.ledger = ledger;
    this.reapplier = reapplier;
    this.timeout = timeout;
    Gauge.builder(
            "erasure.ledger.skipped.records",
            this,
            r -> r.lastCheck == null ? 0 : r.lastCheck.skipped())
        .description("Erasure ledger records refused by the seal check at the last startup")
        .register(meters);
  }

  void onStart(@Observes @Priority(10) StartupEvent event) {
    run();
  }

  /** Reads the ledger and applies what this database lacks; returns what it found. */
  public LastCheck run() {
    ErasureLedgerReader.Ledger read = readLedger();
    List<ErasureLedgerEntry> entries = read.entries();
    int reapplied = 0;
    for (ErasureLedgerEntry entry : entries) {
      Optional<ErasureReapplier.Reapplied> done;
      try {
        done = reapplier.reapply(entry);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "erasure of subject "
                + entry.subjectId()
                + " from the erasure ledger could not be applied ("
                + e.getClass().getSimpleName()
                + "); refusing to serve",
            e);
      }
      if (done.isPresent()) {
        reapplied++;
        LOG.infof(
            "erasure ledger: subject %s erased %s applied again (%d stored copies deleted)",
            entry.subjectId(), entry.erasedAt(), done.get().copiesDeleted());
      }
    }
    LedgerReader.Skips skips = LedgerReader.Skips.of(read.skipped());
    lastCheck =
        new LastCheck(Instant.now(), entries.size(), reapplied, skips.count(), skips.shown());
    LOG.infof(
        "erasure ledger checked before serving: %d entries, %d erasures applied again",
        entries.size(), reapplied);
    return lastCheck;
  }

  private ErasureLedgerReader.Ledger readLedger() {
    return LedgerStartupRead.untilReadable(
        ledger.topic(), timeout, LOG, () -> ledger.readAll(timeout));
  }

  public Optional<LastCheck> lastCheck() {
    return Optional.ofNullable(lastCheck);
  }
}

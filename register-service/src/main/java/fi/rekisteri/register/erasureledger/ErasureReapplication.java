package fi.rekisteri.register.erasureledger;

import com.fasterxml.jackson.databind.JsonNode;
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
 * At startup, before the HTTP server opens (Quarkus fires StartupEvent first): reads the whole
 * erasure ledger and erases again every subject whose erasure this database does not hold, as after
 * a restore from an older backup. Until that is done the service does not answer a request; when
 * the ledger cannot be read within {@code rekisteri.erasure-ledger.startup-timeout}, or an erasure
 * cannot be made again, the service refuses to start rather than serve an erased person. A record
 * that fails the seal check (platform LedgerSeal: forged, unsigned, unreadable, a tombstone) is
 * skipped, counted and reported (the DPO's {@code GET /api/v1/erasures/reapplied} and the metric
 * {@code erasure_ledger_skipped_records}): it is never applied and never stops the start.
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

  private final ErasureLedgerTopic topic;
  private final ErasureReapplier reapplier;
  private final LedgerSealing sealing;
  private final Duration timeout;
  private volatile LastCheck lastCheck;

  public ErasureReapplication(
      ErasureLedgerTopic topic,
      ErasureReapplier reapplier,
      LedgerSealing sealing,
      MeterRegistry meters,
      @ConfigProperty(name = "rekisteri.erasure-ledger.startup-timeout") Duration timeout) {
    this.topic = topic;
    this.reapplier = reapplier;
    this.sealing = sealing;
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

  /** Reads the ledger and re-applies what this database lacks; returns what it found. */
  public LastCheck run() {
    boolean sealingPending = !sealing.done();
    ErasureLedgerTopic.Ledger ledger = readLedger(sealingPending);
    List<ErasureLedgerEntry> entries = ledger.entries();
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
    if (sealingPending) {
      seal(ledger.unsealed());
    }
    LedgerReader.Skips skips = LedgerReader.Skips.of(ledger.skipped());
    lastCheck =
        new LastCheck(Instant.now(), entries.size(), reapplied, skips.count(), skips.shown());
    LOG.infof(
        "erasure ledger checked before serving: %d entries, %d erasures made again",
        entries.size(), reapplied);
    return lastCheck;
  }

  /**
   * The one sealing pass: the entries written before seals existed are written again, sealed, and
   * the pass is recorded, so that from now on an unsealed entry is refused.
   */
  private void seal(List<JsonNode> unsealed) {
    sealing.seal(unsealed);
    LOG.infof("erasure ledger: %d entries written before seals existed sealed", unsealed.size());
  }

  private ErasureLedgerTopic.Ledger readLedger(boolean acceptUnsealed) {
    Duration attempt = Duration.ofSeconds(15);
    return LedgerStartupRead.untilReadable(
        topic.name(),
        timeout,
        LOG,
        () -> {
          topic.ensure(attempt);
          return topic.readAll(timeout, acceptUnsealed);
        });
  }

  public Optional<LastCheck> lastCheck() {
    return Optional.ofNullable(lastCheck);
  }
}

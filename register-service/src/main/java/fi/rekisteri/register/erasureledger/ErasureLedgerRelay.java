package fi.rekisteri.register.erasureledger;

import fi.rekisteri.register.subjectrights.ErasureRecorded;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Sends committed ledger entries to the erasure ledger topic, oldest first, on one thread: right
 * after each erasure commits and every second. A row is deleted only after the broker acknowledged
 * it, so while the broker is down entries wait (at least once; the topic is keyed by subject and
 * compacted, so a repeat is harmless).
 */
@ApplicationScoped
public class ErasureLedgerRelay {

  private static final Logger LOG = Logger.getLogger(ErasureLedgerRelay.class);
  private static final int BATCH = 100;

  private final ErasureLedgerRepository repository;
  private final ErasureLedgerTopic topic;
  private final AtomicBoolean wake = new AtomicBoolean();
  private ScheduledExecutorService executor;
  private KafkaProducer<String, String> producer;

  public ErasureLedgerRelay(ErasureLedgerRepository repository, ErasureLedgerTopic topic) {
    this.repository = repository;
    this.topic = topic;
  }

  void start(@Observes StartupEvent event) {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "erasure-ledger-relay");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(this::drain, 0, 1, TimeUnit.SECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (executor != null) {
      executor.shutdownNow();
    }
    if (producer != null) {
      producer.close(java.time.Duration.ofSeconds(5));
    }
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ErasureRecorded erasure) {
    if (!erasure.reapplied() && executor != null && wake.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  /** Sends what is waiting; public for tests that must see the ledger written before going on. */
  public void drain() {
    wake.set(false);
    try {
      while (relayBatch() == BATCH) {
        // next batch
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      // rows stay and the next pass sends them again
      LOG.warnf("erasure ledger relay pass failed: %s", e.getClass().getSimpleName());
    }
  }

  private synchronized int relayBatch() throws Exception {
    List<ErasureLedgerRepository.Pending> batch =
        QuarkusTransaction.requiringNew().call(() -> repository.oldest(BATCH));
    if (batch.isEmpty()) {
      return 0;
    }
    if (producer == null) {
      producer = topic.producer();
    }
    List<Future<RecordMetadata>> acks =
        batch.stream()
            .map(
                p ->
                    producer.send(
                        new ProducerRecord<>(
                            topic.name(),
                            p.subjectId().toString(),
                            topic.seal(p.subjectId().toString(), p.payload()))))
            .toList();
    for (Future<RecordMetadata> ack : acks) {
      ack.get(70, TimeUnit.SECONDS);
    }
    List<Long> ids = batch.stream().map(ErasureLedgerRepository.Pending::id).toList();
    QuarkusTransaction.requiringNew().run(() -> repository.deleteSent(ids));
    return batch.size();
  }
}

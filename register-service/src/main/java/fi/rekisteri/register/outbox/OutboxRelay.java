package fi.rekisteri.register.outbox;

import fi.rekisteri.platform.cluster.ClusterLock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Relays committed outbox rows to Kafka, oldest first, on one thread: woken right after each commit
 * and by a short poll. A row is deleted only after the broker acknowledged it, so while the broker
 * is down rows wait and are sent in order once it is back (at least once; consumers deduplicate by
 * event id). With several instances on one database exactly one relays at a time: the one holding
 * the "outbox-relay" advisory lock ({@link ClusterLock.Leadership}); the others ask again at every
 * poll, so when the holder dies (its connection closes) another takes over within a poll or two.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final OutboxRepository repository;
  private final MutinyEmitter<String> emitter;
  private final int batchSize;
  private final Duration pollInterval;
  private final AtomicBoolean wake = new AtomicBoolean();
  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong lagMillis = new AtomicLong();
  private final AtomicLong relayed = new AtomicLong();
  private final ClusterLock.Leadership leadership;
  private ScheduledExecutorService executor;

  public OutboxRelay(
      OutboxRepository repository,
      @Channel("register-events-out") MutinyEmitter<String> emitter,
      MeterRegistry registry,
      ClusterLock locks,
      OutboxConfig config) {
    this.leadership =
        locks.leadership("outbox-relay", Duration.ofSeconds(1), System::currentTimeMillis);
    this.repository = repository;
    this.emitter = emitter;
    this.batchSize = config.batchSize();
    this.pollInterval = config.pollInterval();
    Gauge.builder("outbox.lag", lagMillis, v -> v.get() / 1000.0)
        .baseUnit("seconds")
        .description("Age of the oldest event not yet acknowledged by Kafka")
        .register(registry);
    Gauge.builder("outbox.pending", pending, AtomicLong::get)
        .description("Events in the outbox not yet relayed")
        .register(registry);
    Gauge.builder("outbox.relayed", relayed, AtomicLong::get)
        .description("Events relayed since start")
        .register(registry);
  }

  void start(@Observes StartupEvent event) {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "outbox-relay");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(this::drain, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // the next instance takes over at once, not when this process has gone
    leadership.close();
  }

  void afterCommit(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
    if (executor != null && wake.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  private void drain() {
    wake.set(false);
    try {
      if (!leadership.held()) {
        return; // another instance relays (this one's rows too: it reads the shared table)
      }
      int sent;
      do {
        sent = relayBatch();
      } while (sent == batchSize);
    } catch (RuntimeException e) {
      // rows stay in the outbox and the next pass sends them again (consumers deduplicate)
      LOG.warnf("outbox relay pass failed: %s", e.getClass().getSimpleName());
    }
  }

  /** What is still waiting, read from the table; on its own thread, so an outage shows. */
  @Scheduled(
      every = "1s",
      // not before messaging has connected this bean's emitter at startup
      delayed = "3s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void refreshGauges() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              pending.set(repository.count());
              Instant oldest = repository.oldestOccurredAt();
              lagMillis.set(
                  oldest == null ? 0 : Duration.between(oldest, Instant.now()).toMillis());
            });
  }

  /**
   * Reads a batch, sends it with no transaction open (the acknowledgements arrive on Kafka's
   * threads, which must not join a transaction), then deletes what the broker acknowledged. One
   * relay thread in one instance at a time keeps the order per subject.
   */
  private int relayBatch() {
    List<OutboxEvent> batch =
        QuarkusTransaction.requiringNew().call(() -> repository.oldest(batchSize));
    if (batch.isEmpty()) {
      return 0;
    }
    List<Uni<Void>> acks =
        batch.stream()
            .map(
                event ->
                    emitter.sendMessage(
                        Message.of(event.payload)
                            .addMetadata(
                                OutgoingKafkaRecordMetadata.<String>builder()
                                    .withTopic(event.topic())
                                    .withKey(event.key())
                                    .build())))
            .toList();
    // no timeout of our own: the idempotent producer retries in order until the broker is back
    // (delivery.timeout.ms), so a batch never half-fails and gets resent behind its successors
    Uni.join().all(acks).andCollectFailures().await().indefinitely();
    List<Long> ids = batch.stream().map(e -> e.id).toList();
    QuarkusTransaction.requiringNew().run(() -> repository.deleteSent(ids));
    relayed.addAndGet(batch.size());
    return batch.size();
  }
}
